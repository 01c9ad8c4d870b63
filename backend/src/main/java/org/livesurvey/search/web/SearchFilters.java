package org.livesurvey.search.web;

import java.util.List;
import java.util.Map;

import org.livesurvey.search.SearchField;

/**
 * What {@code filter=} asks for, as {@link org.livesurvey.search.PaperSearchRequest} takes it.
 *
 * @param include per field, the values a paper must have one of
 * @param exclude per field, the values a paper must have none of
 */
record SearchFilters(Map<SearchField, List<String>> include, Map<SearchField, List<String>> exclude) {

    static final SearchFilters NONE = new SearchFilters(Map.of(), Map.of());

    SearchFilters {
        include = Map.copyOf(include);
        exclude = Map.copyOf(exclude);
    }
}
