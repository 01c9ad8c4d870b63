package org.livesurvey.paper;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of papers across the whole corpus, for the home page, the reproductions page and the sitemap. */
@Service
@Transactional(readOnly = true)
public class PaperCatalog {

    private final JdbcClient jdbc;
    private final PaperService papers;

    PaperCatalog(JdbcClient jdbc, PaperService papers) {
        this.jdbc = jdbc;
        this.papers = papers;
    }

    /** The most recently published papers; among papers of the same day or month the title decides. */
    public List<PaperSummary> newest(int limit) {
        return jdbc.sql("""
                        select p.id, p.title, p.published, p.venue,
                               array(select a.name from paper_author pa join author a on a.id = pa.author_id
                                     where pa.paper_id = p.id order by pa.position) as authors
                        from paper p
                        order by p.published_on desc nulls last, p.title, p.id
                        limit :limit""")
                .param("limit", limit)
                .query((row, number) -> new PaperSummary(row.getString("id"), row.getString("title"),
                        strings(row.getArray("authors")), row.getString("published"), row.getString("venue")))
                .list();
    }

    /** Every paper that states checkable claims, newest first, with its claims. */
    public List<PaperDetails> withClaims() {
        return jdbc.sql("""
                        select p.id from paper p
                        where exists (select 1 from claim c where c.paper_id = p.id)
                        order by p.published_on desc nulls last, p.title, p.id""")
                .query(String.class).list().stream()
                .map(papers::get)
                .toList();
    }

    /** Every paper's id and when a sync last added or changed it (UTC), by id. */
    public Map<String, OffsetDateTime> lastChangePerPaper() {
        return changeTimes("select id as key, changed_at from paper order by id");
    }

    /** Per category path, the latest change of a paper filed directly under it; nodes without papers are absent. */
    public Map<String, OffsetDateTime> lastChangePerCategory() {
        return changeTimes("""
                select pc.category_path as key, max(p.changed_at) as changed_at
                from paper p join paper_category pc on pc.paper_id = p.id
                group by pc.category_path order by pc.category_path""");
    }

    private Map<String, OffsetDateTime> changeTimes(String sql) {
        Map<String, OffsetDateTime> changes = new LinkedHashMap<>();
        jdbc.sql(sql).query(row -> {
            changes.put(row.getString("key"),
                    row.getObject("changed_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
        });
        return changes;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
