package org.livesurvey.search;

import java.util.List;
import java.util.Map;

/**
 * The bounds every search is checked against before it reaches the engine: they keep one request from costing much
 * and give a clear message instead of an engine error.
 */
final class SearchLimits {

    static final int MAX_TEXT_LENGTH = 500;
    static final int MAX_PER_PAGE = 100;
    /** The engine's default {@code index.max_result_window}: deeper pages need the cursor. */
    static final int MAX_PAGED_RESULTS = 10_000;
    static final int MAX_VALUES_PER_FIELD = 50;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_SUGGEST_PREFIX_LENGTH = 100;
    static final int MAX_SUGGESTIONS = 20;
    static final int MAX_RELATED = 50;

    private SearchLimits() {
    }

    /**
     * @throws InvalidSearchRequestException naming the first bound the request breaks
     */
    static void check(PaperSearchRequest request) {
        if (request.text() != null && request.text().length() > MAX_TEXT_LENGTH) {
            throw invalid("the search text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (request.perPage() < 1 || request.perPage() > MAX_PER_PAGE) {
            throw invalid("per_page must be between 1 and " + MAX_PER_PAGE);
        }
        if (request.cursor() == null) {
            checkPage(request.page(), request.perPage());
        }
        checkValues(request.include());
        checkValues(request.exclude());
    }

    private static void checkPage(int page, int perPage) {
        if (page < 1) {
            throw invalid("page must be 1 or more");
        }
        if ((long) page * perPage > MAX_PAGED_RESULTS) {
            throw invalid("pages reach only the first " + MAX_PAGED_RESULTS
                    + " results; to read further, follow the cursor of each page instead of the page number");
        }
    }

    private static void checkValues(Map<SearchField, List<String>> filters) {
        filters.forEach((field, values) -> {
            if (values.size() > MAX_VALUES_PER_FIELD) {
                throw invalid("a filter on " + field.key() + " has more than " + MAX_VALUES_PER_FIELD + " values");
            }
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    throw invalid("a filter on " + field.key() + " has an empty value");
                }
                if (value.length() > MAX_VALUE_LENGTH) {
                    throw invalid("a filter value for " + field.key() + " is longer than " + MAX_VALUE_LENGTH
                            + " characters");
                }
            }
        });
    }

    /** Without text every score is equal, so "most relevant first" would mean "by id": newest first is more useful. */
    static SearchSort effectiveSort(PaperSearchRequest request) {
        boolean noText = request.text() == null || request.text().isBlank();
        return noText && request.sort() == SearchSort.RELEVANCE ? SearchSort.NEWEST : request.sort();
    }

    private static InvalidSearchRequestException invalid(String message) {
        return InvalidSearchRequestException.of(message);
    }
}
