package org.livesurvey.paper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads papers for the search index with one SQL query per batch: a full rebuild reads every paper, and going through
 * the entities (one query per collection and batch, a managed object per row) would take most of its time.
 */
@Component
class IndexablePaperReader {

    private static final String SELECT = """
            select p.id, p.title, p.abstract, p.published, p.venue, p.contribution, p.training, p.modality, p.version,
                   array(select a.name from paper_author pa join author a on a.id = pa.author_id
                         where pa.paper_id = p.id order by pa.position) as authors,
                   array(select pc.category_path from paper_category pc
                         where pc.paper_id = p.id order by pc.position) as categories,
                   array(select t.tag from paper_tag t where t.paper_id = p.id order by t.tag) as tags,
                   exists(select 1 from paper_link l where l.paper_id = p.id and l.kind = 'code'
                          and l.url ~* '^https?://') as has_code
            from paper p
            where p.id = any(:ids)""";

    private final JdbcClient jdbc;

    IndexablePaperReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The papers with these ids, in the order of the ids; ids no paper has are left out. */
    List<IndexablePaper> read(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, IndexablePaper> byId = jdbc.sql(SELECT)
                .param("ids", ids.toArray(String[]::new))
                .query((row, number) -> paper(row))
                .list().stream()
                .collect(Collectors.toMap(IndexablePaper::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static IndexablePaper paper(ResultSet row) throws SQLException {
        return new IndexablePaper(row.getString("id"), row.getString("title"), row.getString("abstract"),
                strings(row.getArray("authors")), row.getString("published"), row.getString("venue"),
                strings(row.getArray("categories")), strings(row.getArray("tags")), row.getString("contribution"),
                strings(row.getArray("modality")), row.getString("training"), row.getBoolean("has_code"),
                row.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
