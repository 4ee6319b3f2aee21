package io.leadrelay.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the starter articles ({@code classpath:faq/<slug>.md}, first line {@code # Title}) into the database when
 * they are missing, in every profile: the Tasklist forms link to them. An article an admin edited is never
 * overwritten; one an admin deleted comes back on the next start.
 */
@Component
class FaqStarterContent {

    /** In reading order; the forms link to accepting-leads, working-leads, nurture, deal-registration, deal-review, triage. */
    static final List<String> SLUGS = List.of("lead-process", "accepting-leads", "working-leads", "nurture",
            "slas", "rejection-reasons", "deal-registration", "deal-review", "triage", "contacts");

    private final FaqRepository articles;
    private final Clock clock;

    FaqStarterContent(FaqRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        for (int i = 0; i < SLUGS.size(); i++) {
            String slug = SLUGS.get(i);
            if (!articles.exists(slug)) {
                String text = read(slug);
                int newline = text.indexOf('\n');
                String title = text.substring(0, newline).replaceFirst("^#\\s*", "").strip();
                articles.save(new FaqArticle(slug, title, text.substring(newline + 1).strip(), (i + 1) * 10,
                        clock.instant(), null));
            }
        }
    }

    private static String read(String slug) {
        try {
            return new ClassPathResource("faq/" + slug + ".md").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
