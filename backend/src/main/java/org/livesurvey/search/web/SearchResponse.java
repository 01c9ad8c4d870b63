package org.livesurvey.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.search.PaperSearchResult;
import org.livesurvey.search.PaperSearchResult.FacetCount;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchHit;

/**
 * The answer of {@code GET /api/v1/search}: {@code {meta, results, facets}}.
 *
 * @param facets per requested facet, in the requested order, values with counts, most frequent first
 */
record SearchResponse(Meta meta, List<SearchHit> results, Map<String, List<FacetCount>> facets) {

    static SearchResponse of(SearchQuery query, PaperSearchResult result) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (SearchField field : query.request().facets()) {
            facets.put(field.key(), result.facets().getOrDefault(field, List.of()));
        }
        Integer page = query.cursorPaging() ? null : query.request().page();
        Meta meta = new Meta(result.total(), page, query.request().perPage(), result.tookMs(), result.nextCursor());
        return new SearchResponse(meta, result.hits(), facets);
    }

    /** The same answer without its timing, which changes on every request although the content does not. */
    SearchResponse withoutTiming() {
        return new SearchResponse(new Meta(meta.count(), meta.page(), meta.perPage(), 0, meta.nextCursor()), results,
                facets);
    }

    /**
     * @param count      how many papers match in all
     * @param page       the page number; {@code null} when paging by cursor
     * @param nextCursor pass as {@code cursor=} for the next page; {@code null} on the last one
     */
    record Meta(long count, Integer page, int perPage, long tookMs, String nextCursor) {
    }
}
