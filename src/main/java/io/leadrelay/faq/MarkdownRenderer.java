package io.leadrelay.faq;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML for articles. Raw HTML in the Markdown is escaped and unsafe link targets (javascript:) are
 * dropped, so an article cannot carry script into partners' browsers even if an admin account is misused.
 */
@Component
class MarkdownRenderer {

    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions)
            .escapeHtml(true).sanitizeUrls(true).build();

    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
