package org.livesurvey.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.PaperSearchService.Suggestion;
import org.livesurvey.search.SearchUnavailableException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /search/suggestions?q=}: the options of the search box's datalist, which htmx fetches while a reader
 * types. Completions are a convenience: for text too short or too long, or while search is down, there are simply
 * none, and the search itself reports what is wrong.
 */
@Controller
class SearchSuggestionsController {

    static final int SIZE = 8;

    private final PaperSearchService search;

    SearchSuggestionsController(PaperSearchService search) {
        this.search = search;
    }

    @GetMapping(SearchPageState.PATH + "/suggestions")
    String suggestions(HttpServletRequest request, Model model) {
        model.addAttribute("suggestions", completions(request));
        return "fragments/search-suggestions :: options";
    }

    private List<Suggestion> completions(HttpServletRequest request) {
        try {
            String[] typed = request.getParameterValues("q");
            if (typed == null || typed.length != 1 || typed[0].length() > SuggestApiController.MAX_PREFIX_LENGTH) {
                return List.of();
            }
            String prefix = typed[0].strip();
            return prefix.isEmpty() || prefix.chars().anyMatch(Character::isISOControl) ? List.of()
                    : search.suggest(prefix, SIZE);
        } catch (InvalidParameterException | SearchUnavailableException unusable) {
            return List.of();
        }
    }
}
