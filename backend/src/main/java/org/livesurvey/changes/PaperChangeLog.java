package org.livesurvey.changes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.taxonomy.CategoryNotFoundException;
import org.livesurvey.taxonomy.CategoryTreeService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What's new: the papers that syncs added, changed or removed, read from the history they keep ({@code paper_change},
 * one row per paper per sync that changed it). A paper that a sync gave a new id is one {@link ChangeKind#RENAMED}
 * change: the history has it as the removal of the old id and the addition of a paper that names it among its
 * {@code former_ids}, in the same sync.
 */
@Service
@Transactional(readOnly = true)
public class PaperChangeLog {

    /** What "new" means where nobody says otherwise: the last week. */
    public static final Duration RECENT = Duration.ofDays(7);

    /*
     * The queries are put together from these parts, each ending with a line break for the next to follow.
     */

    /** The rows readers see: a removal that is half of a rename is shown with its other half. */
    private static final String SHOWN = """
            where c.changed_at >= :since
              and not (c.change = 'removed' and exists (
                  select 1 from paper_change a
                  where a.sync_run_id = c.sync_run_id and a.change = 'added'
                    and a.current -> 'former_ids' @> jsonb_build_array(c.paper_id)))
            """;

    /**
     * For an added paper that is a renamed one, the removal of its old id; the fields that differ between the two,
     * in the order of the file format (which the addition's {@code changed_fields} has).
     */
    private static final String SELECT = """
            select c.id, c.paper_id, c.change, c.version, c.changed_fields, c.changed_at,
                   c.previous::text as previous, c.current::text as current,
                   renamed.paper_id as former_id, renamed.previous::text as former,
                   array(select k from jsonb_object_keys(renamed.previous || c.current) k
                         where renamed.previous -> k is distinct from c.current -> k
                         order by array_position(c.changed_fields, k), k) as renamed_fields
            from paper_change c
            left join lateral (
                select r.paper_id, r.previous from paper_change r
                where c.change = 'added'
                  and r.paper_id in (select jsonb_array_elements_text(c.current -> 'former_ids'))
                  and r.sync_run_id = c.sync_run_id and r.change = 'removed'
                order by r.id limit 1) renamed on true
            """;

    private static final String CATEGORY = """
              and exists (select 1 from jsonb_array_elements_text(
                             coalesce(c.current -> 'categories', '[]'::jsonb)
                             || coalesce(c.previous -> 'categories', '[]'::jsonb)) as filed(path)
                          where filed.path = :category or starts_with(filed.path, :subtree))
            """;

    private final JdbcClient jdbc;
    private final CategoryTreeService categories;

    PaperChangeLog(JdbcClient jdbc, CategoryTreeService categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    /** @throws CategoryNotFoundException when the query names a category the tree does not have */
    public ChangePage changes(ChangeQuery query) {
        if (query.category() != null && !categories.namesByPath().containsKey(query.category())) {
            throw CategoryNotFoundException.forPath(query.category());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String filters = filters(query, parameters);
        Extent extent = jdbc.sql("select count(*) as total, max(c.changed_at) as latest from paper_change c\n"
                        + filters).params(parameters)
                .query((row, number) -> new Extent(row.getLong("total"), utc(row.getObject("latest",
                        OffsetDateTime.class))))
                .single();
        StringBuilder page = new StringBuilder(SELECT).append(filters);
        if (query.after() != null) {
            page.append("  and (c.changed_at, c.id) < (:afterTime, :afterId)\n");
            parameters.put("afterTime", query.after().changedAt());
            parameters.put("afterId", query.after().id());
        }
        page.append("order by c.changed_at desc, c.id desc limit :limit");
        parameters.put("limit", query.limit() + 1);
        List<PaperChange> changes = new ArrayList<>(jdbc.sql(page.toString()).params(parameters)
                .query((row, number) -> historyRow(row).toChange()).list());
        ChangeCursor next = null;
        if (changes.size() > query.limit()) {
            changes.remove(changes.size() - 1);
            next = ChangeCursor.after(changes.get(changes.size() - 1));
        }
        return new ChangePage(changes, extent.total(), extent.latest(), next);
    }

    /** How many changes readers are shown for the {@link #RECENT} past. */
    public long countRecent() {
        return jdbc.sql("select count(*) from paper_change c\n" + SHOWN)
                .param("since", utc(Instant.now().minus(RECENT)))
                .query(Long.class).single();
    }

    private static String filters(ChangeQuery query, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder(SHOWN);
        parameters.put("since", utc(query.since()));
        if (query.until() != null) {
            sql.append("  and c.changed_at < :until\n");
            parameters.put("until", utc(query.until()));
        }
        if (query.category() != null) {
            sql.append(CATEGORY);
            parameters.put("category", query.category());
            parameters.put("subtree", query.category() + "/");
        }
        return sql.toString();
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The JDBC driver binds an {@link OffsetDateTime} as {@code timestamptz}; it has no mapping for an Instant. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static HistoryRow historyRow(ResultSet row) throws SQLException {
        return new HistoryRow(row.getLong("id"), row.getString("paper_id"), row.getString("change"),
                row.getInt("version"), strings(row.getArray("changed_fields")),
                utc(row.getObject("changed_at", OffsetDateTime.class)),
                row.getString("previous"), row.getString("current"), row.getString("former_id"),
                row.getString("former"), strings(row.getArray("renamed_fields")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** How many changes a query matches, and when the newest of them was made ({@code null} when none). */
    private record Extent(long total, OffsetDateTime latest) {
    }
}
