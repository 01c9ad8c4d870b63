package org.livesurvey.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.livesurvey.search.SearchField;

/**
 * Writes filters back in the syntax {@link FilterParser} reads, so that every state of the search page is a plain URL:
 * {@code category:efficiency|alignment,year:2025,!tag:survey}. Fields come in the order of {@link SearchField} and
 * values in the order given, so the same filters always give the same text (and the same URL).
 */
final class FilterText {

    private FilterText() {
    }

    /** @return the empty string when there is nothing to filter by */
    static String of(SearchFilters filters) {
        List<String> clauses = new ArrayList<>();
        addClauses(clauses, filters.include(), "");
        addClauses(clauses, filters.exclude(), "!");
        return String.join(",", clauses);
    }

    private static void addClauses(List<String> clauses, Map<SearchField, List<String>> values, String prefix) {
        for (SearchField field : SearchField.values()) {
            List<String> fieldValues = values.getOrDefault(field, List.of());
            if (!fieldValues.isEmpty()) {
                clauses.add(prefix + field.key() + ":" + String.join("|",
                        fieldValues.stream().map(FilterText::value).toList()));
            }
        }
    }

    /** Bare when the parser would read it back unchanged, quoted otherwise. */
    static String value(String value) {
        boolean bare = !value.isEmpty()
                && value.strip().equals(value)
                && value.charAt(0) != '!'
                && value.chars().noneMatch(c -> c == ',' || c == '|' || c == '"' || c == '\\');
        if (bare) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
