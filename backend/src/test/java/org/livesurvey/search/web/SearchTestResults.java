package org.livesurvey.search.web;

import java.util.List;
import java.util.Map;

import org.livesurvey.search.PaperSearchResult;
import org.livesurvey.search.PaperSearchResult.FacetCount;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchHit;

/** Results as the search service hands them to the API controllers, for the web slice tests. */
final class SearchTestResults {

    static final SearchHit DYMU = new SearchHit("2504.17040",
            "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs",
            List.of("Zhenhailong Wang", "Senthil Purushwalkam"), "2025-04-23", 2025, "NeurIPS 2025",
            List.of("efficiency/token-compression"),
            Map.of("title", List.of("DyMU: Dynamic <mark>Merging</mark> and Virtual Unmerging")), 12.5);

    static final SearchHit MARKUP = new SearchHit("escaping-in-titles", "Escaping <script> & friends",
            List.of("Ada Lovelace"), "2024", 2024, null, List.of("alignment/preference-optimization"), Map.of(),
            3.25);

    private SearchTestResults() {
    }

    static PaperSearchResult twoOf(long total, long tookMs, String nextCursor) {
        return new PaperSearchResult(total, List.of(DYMU, MARKUP), Map.of(
                SearchField.CATEGORY, List.of(new FacetCount("efficiency", 812),
                        new FacetCount("efficiency/token-compression", 97)),
                SearchField.YEAR, List.of(new FacetCount("2025", 640), new FacetCount("2024", 420))),
                tookMs, nextCursor);
    }

    static PaperSearchResult empty() {
        return new PaperSearchResult(0, List.of(), Map.of(), 1, null);
    }
}
