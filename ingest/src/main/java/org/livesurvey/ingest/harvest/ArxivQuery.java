package org.livesurvey.ingest.harvest;

import java.util.Objects;

/**
 * A search of arXiv's API, newest submissions first.
 *
 * @param searchQuery arXiv's query syntax, e.g. {@code cat:cs.CL AND abs:"preference optimization"}
 * @param pageSize    results per request, at most {@value #MAX_PAGE_SIZE} (arXiv's limit)
 * @param maxRecords  how many results to fetch at most, over all pages
 */
public record ArxivQuery(String searchQuery, int pageSize, int maxRecords) {

    public static final int MAX_PAGE_SIZE = 2000;

    public ArxivQuery {
        Objects.requireNonNull(searchQuery, "searchQuery");
        if (searchQuery.isBlank()) {
            throw new IllegalArgumentException("the search query cannot be blank");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("the page size must be 1 to " + MAX_PAGE_SIZE + ", not " + pageSize);
        }
        if (maxRecords < 1) {
            throw new IllegalArgumentException("at least one record must be asked for, not " + maxRecords);
        }
    }
}
