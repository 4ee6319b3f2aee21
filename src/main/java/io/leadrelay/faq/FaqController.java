package io.leadrelay.faq;

import io.leadrelay.directory.Groups;
import io.leadrelay.security.Viewer;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The partner knowledge base: read and search for every signed-in user, write for admins (also enforced in SecurityConfig). */
@Controller
class FaqController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final FaqRepository articles;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    FaqController(FaqRepository articles, MarkdownRenderer markdown, Clock clock) {
        this.articles = articles;
        this.markdown = markdown;
        this.clock = clock;
    }

    @GetMapping("/faq")
    String index(@RequestParam(required = false) String q, Authentication authentication, Model model) {
        boolean searching = q != null && !q.isBlank();
        model.addAttribute("q", searching ? q.strip() : "");
        model.addAttribute("articles", searching ? articles.search(q.strip()) : articles.all());
        model.addAttribute("mayEdit", mayEdit(authentication));
        return "pages/faq";
    }

    @GetMapping("/faq/{slug}")
    String article(@PathVariable String slug, Authentication authentication, Model model) {
        FaqArticle article = articles.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("article", article);
        model.addAttribute("html", markdown.toHtml(article.body()));
        model.addAttribute("mayEdit", mayEdit(authentication));
        return "pages/faq-article";
    }

    @GetMapping("/faq/{slug}/edit")
    String edit(@PathVariable String slug, Authentication authentication, Model model) {
        requireEditor(authentication);
        model.addAttribute("article", articles.find(slug)
                .orElse(new FaqArticle(slug, "", "", 100, clock.instant(), null)));
        return "pages/faq-edit";
    }

    @GetMapping("/faq/new")
    String create(Authentication authentication, Model model) {
        requireEditor(authentication);
        model.addAttribute("article", new FaqArticle("", "", "", 100, clock.instant(), null));
        return "pages/faq-edit";
    }

    @PostMapping("/faq")
    String save(@RequestParam String slug, @RequestParam String title, @RequestParam String body,
                @RequestParam(defaultValue = "100") int position, Authentication authentication) {
        requireEditor(authentication);
        String key = slug.strip().toLowerCase();
        if (!SLUG.matcher(key).matches() || title.isBlank() || title.length() > 200 || body.length() > 100_000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "A slug is lower-case letters, digits and dashes; a title is 1 to 200 characters");
        }
        articles.save(new FaqArticle(key, title.strip(), body, position, clock.instant(), authentication.getName()));
        return "redirect:/faq/" + key;
    }

    private static boolean mayEdit(Authentication authentication) {
        return Viewer.of(authentication).groups().contains(Groups.ADMINS);
    }

    private static void requireEditor(Authentication authentication) {
        if (!mayEdit(authentication)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
