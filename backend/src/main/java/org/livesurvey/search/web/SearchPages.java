package org.livesurvey.search.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.livesurvey.export.ExportFormat;
import org.livesurvey.search.PaperSearchResult;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchHit;
import org.livesurvey.search.SearchSort;
import org.livesurvey.search.web.MarkedText.Segment;
import org.livesurvey.search.web.SearchPage.AppliedFilter;
import org.livesurvey.search.web.SearchPage.Choice;
import org.livesurvey.search.web.SearchPage.Result;
import org.livesurvey.taxonomy.CategoryTree;

/** Puts a page of search results together with the links of every state a reader can go to from it. */
final class SearchPages {

    static final int PER_PAGE = 20;
    static final int DEEPEST_PAGE = SearchQueryParser.MAX_PAGED_RESULTS / PER_PAGE;
    static final int AUTHORS_SHOWN = 3;

    private SearchPages() {
    }

    static SearchPage of(SearchPageState state, PaperSearchResult result, CategoryTree tree) {
        Map<String, String> categoryNames = tree.namesByPath();
        int first = (state.page() - 1) * PER_PAGE + 1;
        return new SearchPage(state, status(result.total(), first, result.hits().size()), result.total(), first,
                result.hits().stream().map(hit -> result(hit, categoryNames)).toList(),
                SearchFacets.groups(state, result.facets(), tree),
                applied(state, categoryNames),
                state.withoutFilters().url(),
                sorts(state),
                SearchPagination.of(state, result.total(), PER_PAGE, DEEPEST_PAGE),
                Arrays.stream(ExportFormat.values()).map(format -> new Choice(exportLabel(format),
                        state.exportUrl(format), false)).toList(),
                ResultSetExport.MAX_PAPERS);
    }

    private static String status(long total, int first, int shown) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (total == 0) {
            return "No papers match this search.";
        }
        if (total == 1) {
            return "1 paper matches.";
        }
        String matches = number.format(total) + " papers match";
        return shown == 0 || shown == total ? matches + "."
                : matches + ", showing " + number.format(first) + "–" + number.format(first + shown - 1L) + ".";
    }

    private static Result result(SearchHit hit, Map<String, String> categoryNames) {
        List<String> titleHighlight = hit.highlights().getOrDefault("title", List.of());
        List<Segment> title = titleHighlight.isEmpty() ? MarkedText.plain(hit.title())
                : MarkedText.fromHighlight(titleHighlight.get(0));
        List<List<Segment>> snippets = hit.highlights().getOrDefault("abstract", List.of()).stream()
                .map(MarkedText::fromHighlight).toList();
        List<Choice> categories = hit.categories().stream()
                .map(path -> new Choice(categoryNames.getOrDefault(path, path), "/categories/" + path, false))
                .toList();
        return new Result(hit.id(), title, details(hit), categories, snippets);
    }

    private static String details(SearchHit hit) {
        List<String> details = new ArrayList<>();
        if (!hit.authors().isEmpty()) {
            details.add(hit.authors().size() <= AUTHORS_SHOWN ? String.join(", ", hit.authors())
                    : String.join(", ", hit.authors().subList(0, AUTHORS_SHOWN)) + " et al.");
        }
        Stream.of(hit.published(), hit.venue()).filter(Objects::nonNull).forEach(details::add);
        return String.join(" · ", details);
    }

    private static List<AppliedFilter> applied(SearchPageState state, Map<String, String> categoryNames) {
        List<AppliedFilter> applied = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            for (String value : state.filters().include().getOrDefault(field, List.of())) {
                applied.add(new AppliedFilter(label(field, value, categoryNames), false,
                        state.without(field, value, false).url()));
            }
        }
        for (SearchField field : SearchField.values()) {
            for (String value : state.filters().exclude().getOrDefault(field, List.of())) {
                applied.add(new AppliedFilter(label(field, value, categoryNames), true,
                        state.without(field, value, true).url()));
            }
        }
        return List.copyOf(applied);
    }

    private static String label(SearchField field, String value, Map<String, String> categoryNames) {
        return SearchFacets.fieldLabel(field) + ": " + SearchFacets.valueLabel(field, value, categoryNames);
    }

    /** Relevance only ranks anything when there is text. */
    private static List<Choice> sorts(SearchPageState state) {
        List<Choice> sorts = new ArrayList<>();
        if (state.text() != null) {
            sorts.add(sortChoice(state, SearchSort.RELEVANCE, "Relevance"));
        }
        sorts.add(sortChoice(state, SearchSort.NEWEST, "Newest first"));
        sorts.add(sortChoice(state, SearchSort.OLDEST, "Oldest first"));
        return List.copyOf(sorts);
    }

    private static Choice sortChoice(SearchPageState state, SearchSort sort, String label) {
        return new Choice(label, state.sortedBy(sort).url(), state.sort() == sort);
    }

    private static String exportLabel(ExportFormat format) {
        return switch (format) {
            case BIBTEX -> "BibTeX";
            case CSL_JSON -> "CSL-JSON";
            case RIS -> "RIS";
            case CSV -> "CSV";
        };
    }
}
