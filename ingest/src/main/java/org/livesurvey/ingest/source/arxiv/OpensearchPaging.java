package org.livesurvey.ingest.source.arxiv;

import org.livesurvey.ingest.metadata.MetadataBatch;

/**
 * The opensearch counts of an arXiv API feed. The next page is asked for with {@code start}, so the next value is
 * the start of the page after this one, as long as that page holds results.
 */
final class OpensearchPaging {

    private Long totalResults;
    private Long startIndex;
    private Long itemsPerPage;

    void read(String element, String text) {
        switch (element) {
            case "totalResults" -> totalResults = number(text);
            case "startIndex" -> startIndex = number(text);
            case "itemsPerPage" -> itemsPerPage = number(text);
            default -> {
                // opensearch:Query and the like say nothing about paging
            }
        }
    }

    MetadataBatch.Paging toPaging() {
        String next = null;
        // itemsPerPage 0 (max_results=0) would ask for the same page forever
        if (totalResults != null && startIndex != null && itemsPerPage != null && itemsPerPage > 0
                && startIndex + itemsPerPage < totalResults) {
            next = String.valueOf(startIndex + itemsPerPage);
        }
        return new MetadataBatch.Paging(totalResults, next);
    }

    // a count that is not a number says nothing about paging; the records are still read
    private static Long number(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
