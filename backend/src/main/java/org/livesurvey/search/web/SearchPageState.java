package org.livesurvey.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.livesurvey.export.ExportFormat;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchSort;

/**
 * What the search page shows, as its address says it: text, filters, order and page. Every change a reader can make
 * (a facet value, a removed filter, another order or page) is a new state with its own plain GET URL, which htmx
 * requests as well; parameters at their defaults are left out so that equal states have equal URLs.
 *
 * @param text the search text, {@code null} for none
 * @param sort the order asked for; the default depends on whether there is text
 * @param page from 1
 */
public record SearchPageState(String text, SearchFilters filters, SearchSort sort, int page) {

    static final String PATH = "/search";
    static final String FEED_PATH = "/search/feed.atom";
    static final String API_PATH = "/api/v1/search";

    public SearchPageState {
        sort = sort == null ? defaultSort(text) : sort;
    }

    private static SearchSort defaultSort(String text) {
        return text == null ? SearchSort.NEWEST : SearchSort.RELEVANCE;
    }

    public String url() {
        return address(PATH, true, true);
    }

    /** The same search as an Atom feed, newest first: no order or page. */
    public String feedUrl() {
        return address(FEED_PATH, false, false);
    }

    /** The whole result set (from its first paper) as a citation file of the public API. */
    String exportUrl(ExportFormat format) {
        Map<String, String> parameters = parameters(true, false);
        parameters.put("format", format.formatName());
        return API_PATH + QueryStrings.of(parameters);
    }

    /** Whether the search selects anything: the plain list of all papers is the one state worth indexing. */
    public boolean hasCriteria() {
        return text != null || !filters.include().isEmpty() || !filters.exclude().isEmpty();
    }

    boolean isSelected(SearchField field, String value) {
        return filters.include().getOrDefault(field, List.of()).contains(value);
    }

    /** Adds the value to the field's selection, or removes it if it is selected; back to the first page. */
    SearchPageState toggled(SearchField field, String value) {
        Map<SearchField, List<String>> include = new LinkedHashMap<>(filters.include());
        List<String> values = new ArrayList<>(include.getOrDefault(field, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        put(include, field, values);
        return new SearchPageState(text, new SearchFilters(include, filters.exclude()), sort, 1);
    }

    /** Without one included ({@code excluded == false}) or excluded value; back to the first page. */
    SearchPageState without(SearchField field, String value, boolean excluded) {
        Map<SearchField, List<String>> include = new LinkedHashMap<>(filters.include());
        Map<SearchField, List<String>> exclude = new LinkedHashMap<>(filters.exclude());
        Map<SearchField, List<String>> target = excluded ? exclude : include;
        List<String> values = new ArrayList<>(target.getOrDefault(field, List.of()));
        values.remove(value);
        put(target, field, values);
        return new SearchPageState(text, new SearchFilters(include, exclude), sort, 1);
    }

    SearchPageState withoutFilters() {
        return new SearchPageState(text, SearchFilters.NONE, sort, 1);
    }

    SearchPageState sortedBy(SearchSort newSort) {
        return new SearchPageState(text, filters, newSort, 1);
    }

    public SearchPageState onPage(int newPage) {
        return new SearchPageState(text, filters, sort, newPage);
    }

    public String filterText() {
        return FilterText.of(filters);
    }

    private String address(String path, boolean withSort, boolean withPage) {
        return path + QueryStrings.of(parameters(withSort, withPage));
    }

    private Map<String, String> parameters(boolean withSort, boolean withPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text != null) {
            parameters.put("q", text);
        }
        String filter = filterText();
        if (!filter.isEmpty()) {
            parameters.put("filter", filter);
        }
        if (withSort && sort != defaultSort(text)) {
            parameters.put("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        if (withPage && page > 1) {
            parameters.put("page", Integer.toString(page));
        }
        return parameters;
    }

    private static void put(Map<SearchField, List<String>> values, SearchField field, List<String> fieldValues) {
        if (fieldValues.isEmpty()) {
            values.remove(field);
        } else {
            values.put(field, List.copyOf(fieldValues));
        }
    }

    /** Query strings as a form would send them, but with the filter syntax's {@code : , ! *} left readable. */
    static final class QueryStrings {

        private QueryStrings() {
        }

        static String of(Map<String, String> parameters) {
            if (parameters.isEmpty()) {
                return "";
            }
            StringBuilder query = new StringBuilder();
            parameters.forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&')
                    .append(name).append('=').append(encoded(value)));
            return query.toString();
        }

        static String encoded(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("%3A", ":").replace("%2C", ",").replace("%21", "!").replace("%2F", "/");
        }
    }
}
