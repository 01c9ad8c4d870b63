package org.livesurvey.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total      how many papers match in all
 * @param facets     per requested field, values with counts, most frequent first
 * @param nextCursor where the next page starts, for deep paging; {@code null} on the last page
 */
public record PaperSearchResult(long total, List<SearchHit> hits, Map<SearchField, List<FacetCount>> facets,
                                long tookMs, String nextCursor) {

    public PaperSearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** A value of a facet and how many matching papers have it. */
    public record FacetCount(String value, long count) {
    }
}
