package io.leadrelay.faq;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The FAQ articles in {@code faq_article}. Search is a case-insensitive match on title and body: few articles. */
@Repository
class FaqRepository {

    private final NamedParameterJdbcTemplate jdbc;

    FaqRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<FaqArticle> all() {
        return jdbc.query("select * from faq_article order by position, title", Map.of(), FaqRepository::article);
    }

    List<FaqArticle> search(String words) {
        String pattern = "%" + words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.query("select * from faq_article where lower(title) like :p escape '\\' "
                        + "or lower(body) like :p escape '\\' order by position, title",
                Map.of("p", pattern), FaqRepository::article);
    }

    Optional<FaqArticle> find(String slug) {
        return jdbc.query("select * from faq_article where slug = :slug", Map.of("slug", slug), FaqRepository::article)
                .stream().findFirst();
    }

    boolean exists(String slug) {
        return find(slug).isPresent();
    }

    void save(FaqArticle article) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("slug", article.slug())
                .addValue("title", article.title())
                .addValue("body", article.body())
                .addValue("position", article.position())
                .addValue("updatedAt", Timestamp.from(article.updatedAt()))
                .addValue("updatedBy", article.updatedBy());
        int updated = jdbc.update("update faq_article set title = :title, body = :body, position = :position, "
                + "updated_at = :updatedAt, updated_by = :updatedBy where slug = :slug", params);
        if (updated == 0) {
            jdbc.update("insert into faq_article (slug, title, body, position, updated_at, updated_by) "
                    + "values (:slug, :title, :body, :position, :updatedAt, :updatedBy)", params);
        }
    }

    private static FaqArticle article(ResultSet rs, int row) throws SQLException {
        return new FaqArticle(rs.getString("slug"), rs.getString("title"), rs.getString("body"), rs.getInt("position"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
