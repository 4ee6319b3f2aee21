package io.leadrelay.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every template renders its subject and body from the message bundle, with all placeholders filled. */
class MailRendererTest {

    private final MailRenderer renderer = new MailRenderer(messages());

    @ParameterizedTest
    @EnumSource(MailTemplate.class)
    void everyTemplateRendersWithItsArgumentsAndNoLeftoverPlaceholders(MailTemplate template) {
        List<Object> args = List.of("ARG0", "ARG1", "ARG2", "ARG3");
        MailRenderer.Rendered mail = renderer.render(new MailContent(template, args,
                Map.of("Company", "Northwind Robotics Inc."), "QUOTED", "https://leads.example.com/go"), Locale.ENGLISH);

        assertThat(mail.subject()).isNotBlank().doesNotContain("{").contains("ARG");
        assertThat(mail.text()).doesNotContain("{0}", "{1}", "{2}", "{3}", "??").contains("ARG");
        assertThat(mail.html()).doesNotContain("{0}", "{1}", "??").contains("LeadRelay partner leads");
        if (template.showsLeadDetails()) {
            assertThat(mail.text()).contains("Company: Northwind Robotics Inc.");
        } else {
            assertThat(mail.text()).doesNotContain("Northwind Robotics Inc.");
        }
    }

    @Test
    void withdrawalToThePartnerNeverCarriesTheProspectsData() {
        MailRenderer.Rendered mail = renderer.render(new MailContent(MailTemplate.LEAD_WITHDRAWN,
                List.of("1a2b3c4d", "Pacific Cloud Works"), Map.of("E-mail", "marisol@northwind.example.com"), null,
                null), Locale.ENGLISH);

        assertThat(mail.subject()).isEqualTo("Lead 1a2b3c4d has been withdrawn from Pacific Cloud Works");
        assertThat(mail.text() + mail.html()).doesNotContain("marisol@northwind.example.com");
    }

    @Test
    void reminderSaysTimeLeftAndDueTime() {
        MailRenderer.Rendered mail = renderer.render(new MailContent(MailTemplate.FIRST_REMINDER,
                List.of("Northwind Robotics Inc.", "Pacific Cloud Works", "Thu 3 Dec 2026, 17:16 PST", "2 hours"),
                Map.of(), null, "https://leads.example.com/task"), Locale.ENGLISH);

        assertThat(mail.text()).contains("2 hours left", "by Thu 3 Dec 2026, 17:16 PST",
                "Accept or reject now: https://leads.example.com/task");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
