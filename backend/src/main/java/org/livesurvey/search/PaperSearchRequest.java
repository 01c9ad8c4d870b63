package org.livesurvey.search;

import java.util.List;
import java.util.Map;

/**
 * One search: free text, filters, the facets to count, order and page.
 *
 * @param text      what the user typed; {@code null} or blank matches every paper
 * @param include   per field, the values a paper must have one of (OR within a field, AND across fields)
 * @param exclude   per field, values a paper must not have
 * @param facets    the fields to count values of; each facet's counts ignore the filters of its own field
 * @param page      1-based page, used when {@code cursor} is {@code null}
 * @param cursor    an opaque {@code search_after} cursor from a previous result, for deep paging
 */
public record PaperSearchRequest(
        String text,
        Map<SearchField, List<String>> include,
        Map<SearchField, List<String>> exclude,
        List<SearchField> facets,
        SearchSort sort,
        int page,
        int perPage,
        String cursor) {

    public PaperSearchRequest {
        include = Map.copyOf(include);
        exclude = Map.copyOf(exclude);
        facets = List.copyOf(facets);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }
}
