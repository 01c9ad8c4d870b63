package org.livesurvey.search.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.livesurvey.search.InvalidSearchRequestException;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchSort;
import org.livesurvey.search.SearchUnavailableException;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.web.ApiProblemException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

/**
 * The search page, {@code /search?q=&filter=&sort=&page=}: the same text and filter syntax as {@code /api/v1/search},
 * with facet counts, highlighted results and paging. A request from htmx ({@code HX-Request}) gets only the results
 * region (and the bits outside it that change), anything else the whole page, so every state is a plain URL that
 * renders without JavaScript. A query it cannot run is a 400 page that says why; a search engine that is down is a
 * 503 page that says so.
 */
@Controller
class SearchPageController {

    static final String HTMX_REQUEST = "HX-Request";
    /** htmx asks for a whole page when it restores a history entry it no longer has in its cache. */
    static final String HTMX_HISTORY_RESTORE = "HX-History-Restore-Request";
    static final String FULL_PAGE = "search";
    static final String RESULTS_UPDATE = "fragments/search-results :: update";

    private static final List<String> PAGE_PARAMETERS = List.of("q", "filter", "sort", "page");
    private static final String FACETS = SearchFacets.SHOWN.stream().map(SearchField::key)
            .collect(Collectors.joining(","));
    private static final int RETRY_AFTER_SECONDS = 5;
    private static final String CANNOT_RUN = "This search cannot be run";

    private final PaperSearchService search;
    private final CategoryTreeService categories;

    SearchPageController(PaperSearchService search, CategoryTreeService categories) {
        this.search = search;
        this.categories = categories;
    }

    @GetMapping(SearchPageState.PATH)
    ModelAndView search(HttpServletRequest request, HttpServletResponse response,
                        @RequestHeader(value = HTMX_REQUEST, required = false) String htmx,
                        @RequestHeader(value = HTMX_HISTORY_RESTORE, required = false) String historyRestore) {
        response.addHeader(HttpHeaders.VARY, HTMX_REQUEST);
        response.addHeader(HttpHeaders.VARY, HTMX_HISTORY_RESTORE);
        String view = "true".equals(htmx) && !"true".equals(historyRestore) ? RESULTS_UPDATE : FULL_PAGE;
        MultiValueMap<String, String> parameters;
        try {
            parameters = pageParameters(request);
        } catch (InvalidParameterException unreadable) {
            return problem(view, null, HttpStatus.BAD_REQUEST, CANNOT_RUN, "The address of this search cannot be "
                    + "read: its parameters must be UTF-8 and percent-encoded. Type the search again.");
        }
        String typed = shown(parameters.getFirst("q"));
        try {
            PaperSearchRequest query = SearchQueryParser.parse(withPageSettings(parameters)).request();
            SearchPageState state = stateOf(query);
            SearchPage page = SearchPages.of(state, search.search(query), categories.tree());
            return new ModelAndView(view, model(state.text(), state, page, null, null), HttpStatus.OK);
        } catch (ApiProblemException e) {
            return problem(view, typed, HttpStatus.BAD_REQUEST, CANNOT_RUN, message(e));
        } catch (InvalidSearchRequestException e) {
            return problem(view, typed, HttpStatus.BAD_REQUEST, CANNOT_RUN, sentence(e.getMessage()));
        } catch (SearchUnavailableException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            return problem(view, typed, HttpStatus.SERVICE_UNAVAILABLE, "Search is not available", "The search engine "
                    + "is not answering at the moment; please try again in a few seconds. The taxonomy and the paper "
                    + "pages still work.");
        }
    }

    /** Only the page's own parameters: per_page, facets or cursor of an API URL do not change what the page shows. */
    private static MultiValueMap<String, String> pageParameters(HttpServletRequest request) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (String name : PAGE_PARAMETERS) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                parameters.put(name, List.of(values));
            }
        }
        return parameters;
    }

    private static MultiValueMap<String, String> withPageSettings(MultiValueMap<String, String> parameters) {
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>(parameters);
        all.set("per_page", String.valueOf(SearchPages.PER_PAGE));
        all.set("facets", FACETS);
        return all;
    }

    private static SearchPageState stateOf(PaperSearchRequest query) {
        SearchSort sort = query.text() == null && query.sort() == SearchSort.RELEVANCE ? SearchSort.NEWEST
                : query.sort();
        return new SearchPageState(query.text(), new SearchFilters(query.include(), query.exclude()), sort,
                query.page());
    }

    /** The parser's details are written for API clients; the page number is the one a reader meets differently. */
    private static String message(ApiProblemException e) {
        if ("page".equals(e.members().get("parameter"))) {
            return "There is no such page of results: pages go from 1 to " + SearchPages.DEEPEST_PAGE + ".";
        }
        return e.detail();
    }

    /** What was typed, as the search box shows it again: at most as long as a search may be, without controls. */
    private static String shown(String typed) {
        if (typed == null) {
            return null;
        }
        String clipped = typed.length() > SearchQueryParser.MAX_TEXT_LENGTH
                ? typed.substring(0, SearchQueryParser.MAX_TEXT_LENGTH) : typed;
        return clipped.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String sentence(String message) {
        String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    private static ModelAndView problem(String view, String typed, HttpStatus status, String title, String message) {
        return new ModelAndView(view, model(typed, null, null, title, message), status);
    }

    /** A map that takes nulls: the template tells a failed search by its missing page. */
    private static Map<String, Object> model(String query, SearchPageState state, SearchPage page,
                                             String problemTitle, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("query", query);
        model.put("state", state);
        model.put("search", page);
        model.put("problemTitle", problemTitle);
        model.put("problem", problem);
        return model;
    }
}
