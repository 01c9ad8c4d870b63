package org.livesurvey.search.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchSort;
import org.livesurvey.web.ApiProblemException;

import org.springframework.util.MultiValueMap;

/**
 * Turns the query parameters of {@code GET /api/v1/search} into a {@link SearchQuery}, checking every one of them:
 * whatever a person types gives either a search or a 400 problem that says what to change. Parameters it does not
 * know are ignored, as caches and proxies add their own.
 */
final class SearchQueryParser {

    static final int MAX_TEXT_LENGTH = 500;
    static final int MAX_FACETS_LENGTH = 500;
    static final int MAX_CURSOR_LENGTH = 1_000;
    static final int DEFAULT_PER_PAGE = 25;
    static final int MAX_PER_PAGE = 100;
    /** The deepest result served by page number (Elasticsearch's result window); deeper needs {@code cursor=*}. */
    static final int MAX_PAGED_RESULTS = 10_000;
    static final String START_CURSOR = "*";
    static final String ALL_FACETS = "all";

    /** The values {@code sort=} takes: names, and the {@code -field}/{@code +field} style of other APIs. */
    static final Map<String, SearchSort> SORTS = sorts();

    private SearchQueryParser() {
    }

    static SearchQuery parse(MultiValueMap<String, String> parameters) {
        String text = text(QueryParameters.single(parameters, "q").orElse(null));
        SearchFilters filters = FilterParser.parse(QueryParameters.single(parameters, "filter").orElse(null));
        List<SearchField> facets = facets(QueryParameters.single(parameters, "facets").orElse(null));
        SearchSort sort = QueryParameters.single(parameters, "sort").map(SearchQueryParser::sort)
                .orElse(text == null ? SearchSort.NEWEST : SearchSort.RELEVANCE);
        int perPage = QueryParameters.single(parameters, "per_page")
                .map(value -> QueryParameters.wholeNumber("per_page", value, 1, MAX_PER_PAGE))
                .orElse(DEFAULT_PER_PAGE);
        String page = QueryParameters.single(parameters, "page").orElse(null);
        String cursor = QueryParameters.single(parameters, "cursor").orElse(null);
        if (cursor != null) {
            if (page != null) {
                throw QueryParameters.invalid("cursor", "Give either page or cursor, not both: cursor=* starts "
                        + "paging by cursor, meta.next_cursor continues it.");
            }
            return new SearchQuery(new PaperSearchRequest(text, filters.include(), filters.exclude(), facets, sort,
                    1, perPage, cursor(cursor)), true);
        }
        int pageNumber = page == null ? 1 : QueryParameters.wholeNumber("page", page, 1, MAX_PAGED_RESULTS);
        if ((long) pageNumber * perPage > MAX_PAGED_RESULTS) {
            throw QueryParameters.invalid("page", "Pages reach the first " + MAX_PAGED_RESULTS + " results; to go "
                    + "deeper, page with cursor=* and then meta.next_cursor.");
        }
        return new SearchQuery(new PaperSearchRequest(text, filters.include(), filters.exclude(), facets, sort,
                pageNumber, perPage, null), false);
    }

    /** Control characters become spaces: they mean nothing in a query and some engines choke on them. */
    private static String text(String q) {
        if (q == null) {
            return null;
        }
        QueryParameters.checkLength("q", q, MAX_TEXT_LENGTH);
        StringBuilder cleaned = new StringBuilder(q.length());
        q.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String stripped = cleaned.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static List<SearchField> facets(String facets) {
        if (facets == null) {
            return List.of();
        }
        QueryParameters.checkLength("facets", facets, MAX_FACETS_LENGTH);
        if (facets.strip().equalsIgnoreCase(ALL_FACETS)) {
            return List.of(SearchField.values());
        }
        Set<SearchField> fields = new LinkedHashSet<>();
        for (String key : facets.split(",")) {
            if (!key.isBlank()) {
                fields.add(SearchFieldKeys.resolve(key, "facet", "facets"));
            }
        }
        return new ArrayList<>(fields);
    }

    private static SearchSort sort(String value) {
        SearchSort sort = SORTS.get(value.strip().toLowerCase(Locale.ROOT));
        if (sort == null) {
            throw QueryParameters.invalid("sort", "The parameter 'sort' takes one of " + String.join(", ",
                    SORTS.keySet()) + ", not '" + ApiProblemException.abbreviated(value) + "'.");
        }
        return sort;
    }

    /** The start marker means a first page that hands out a cursor; anything else is the engine's to judge. */
    private static String cursor(String cursor) {
        QueryParameters.checkLength("cursor", cursor, MAX_CURSOR_LENGTH);
        String stripped = cursor.strip();
        if (stripped.isEmpty() || stripped.chars().anyMatch(Character::isISOControl)) {
            throw QueryParameters.invalid("cursor", "The parameter 'cursor' must be * (to start) or a "
                    + "meta.next_cursor of an earlier answer.");
        }
        return stripped.equals(START_CURSOR) ? null : stripped;
    }

    private static Map<String, SearchSort> sorts() {
        Map<String, SearchSort> sorts = new LinkedHashMap<>();
        Arrays.stream(SearchSort.values()).forEach(sort -> sorts.put(sort.name().toLowerCase(Locale.ROOT), sort));
        sorts.put("-published", SearchSort.NEWEST);
        sorts.put("published", SearchSort.OLDEST);
        sorts.put("+published", SearchSort.OLDEST);
        return Collections.unmodifiableMap(sorts);
    }
}
