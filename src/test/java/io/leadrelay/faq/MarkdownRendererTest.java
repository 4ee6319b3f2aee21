package io.leadrelay.faq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersTablesAndHeadings() {
        assertThat(renderer.toHtml("## SLAs\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"))
                .contains("<h2>SLAs</h2>").contains("<table>").contains("<td>1</td>");
    }

    @Test
    void articleCannotCarryScript() {
        String html = renderer.toHtml("<script>alert(1)</script>\n\n[click](javascript:alert(1))");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
    }
}
