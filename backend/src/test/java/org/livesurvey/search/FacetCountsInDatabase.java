package org.livesurvey.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the facets of a search must count, worked out with SQL from the tables the sync wrote, independently of the
 * indexer: a paper is counted once per value, categories count their whole subtree.
 */
final class FacetCountsInDatabase {

    /** Per field: the joins that give a paper {@code %1$s} its values, and the value expression; {@code %2$s} suffixes aliases. */
    private static final Map<SearchField, String[]> VALUES = Map.of(
            SearchField.CATEGORY, new String[] {
                    "join paper_category pc%2$s on pc%2$s.paper_id = %1$s.id join category c%2$s"
                            + " on pc%2$s.category_path = c%2$s.path or pc%2$s.category_path like c%2$s.path || '/%%'",
                    "c%2$s.path"},
            SearchField.YEAR, new String[] {"", "%1$s.year::text"},
            SearchField.VENUE, new String[] {"", "%1$s.venue"},
            SearchField.CONTRIBUTION, new String[] {"", "%1$s.contribution"},
            SearchField.TRAINING, new String[] {"", "%1$s.training"},
            SearchField.MODALITY, new String[] {"cross join unnest(%1$s.modality) as m%2$s(value)", "m%2$s.value"},
            SearchField.TAG, new String[] {"join paper_tag t%2$s on t%2$s.paper_id = %1$s.id", "t%2$s.tag"},
            SearchField.AUTHOR, new String[] {
                    "join paper_author pa%2$s on pa%2$s.paper_id = %1$s.id join author a%2$s on a%2$s.id = pa%2$s.author_id",
                    "a%2$s.name"},
            SearchField.HAS_CODE, new String[] {"", "(exists (select 1 from paper_link l%2$s where l%2$s.paper_id"
                    + " = %1$s.id and l%2$s.kind = 'code'))::text"},
            SearchField.REPRODUCTION, new String[] {"", "'none'"});

    private final JdbcClient jdbc;

    FacetCountsInDatabase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The papers that pass every filter. */
    long matching(Map<SearchField, List<String>> include, Map<SearchField, List<String>> exclude) {
        Map<String, Object> parameters = new HashMap<>();
        String where = filters(include, exclude, null, parameters);
        return jdbc.sql("select count(*) from paper p where " + where).params(parameters).query(Long.class).single();
    }

    /** Values of {@code field} with their paper counts, among the papers that pass every filter except its own. */
    Map<String, Long> counts(SearchField field, Map<SearchField, List<String>> include,
                             Map<SearchField, List<String>> exclude) {
        Map<String, Object> parameters = new HashMap<>();
        String where = filters(include, exclude, field, parameters);
        String[] values = VALUES.get(field);
        String value = values[1].formatted("p", "");
        String sql = "select " + value + " as value, count(distinct p.id) as papers from paper p "
                + values[0].formatted("p", "") + " where " + value + " is not null and " + where
                + " group by 1";
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql(sql).params(parameters).query((row, n) -> counts.put(row.getString("value"), row.getLong("papers")))
                .list();
        return counts;
    }

    private static String filters(Map<SearchField, List<String>> include, Map<SearchField, List<String>> exclude,
                                  SearchField leftOut, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        include.forEach((field, wanted) -> {
            if (field != leftOut) {
                conditions.add(hasOneOf(field, wanted, "in" + field.ordinal(), parameters));
            }
        });
        exclude.forEach((field, unwanted) -> {
            if (field != leftOut) {
                conditions.add("not " + hasOneOf(field, unwanted, "out" + field.ordinal(), parameters));
            }
        });
        return String.join(" and ", conditions);
    }

    private static String hasOneOf(SearchField field, List<String> values, String name,
                                   Map<String, Object> parameters) {
        parameters.put(name, values);
        String[] sql = VALUES.get(field);
        String alias = "f" + name;
        return "exists (select 1 from paper " + alias + " " + sql[0].formatted(alias, name) + " where " + alias
                + ".id = p.id and " + sql[1].formatted(alias, name) + " in (:" + name + "))";
    }
}
