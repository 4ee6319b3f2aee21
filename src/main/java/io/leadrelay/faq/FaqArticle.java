package io.leadrelay.faq;

import java.time.Instant;

/** A knowledge-base article: Markdown body, addressed by its slug ({@code /faq/accepting-leads}). */
record FaqArticle(String slug, String title, String body, int position, Instant updatedAt, String updatedBy) {
}
