package org.livesurvey.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.feed.PaperFeedService;
import org.livesurvey.feed.web.AtomResponses;
import org.livesurvey.search.InvalidSearchRequestException;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchHit;
import org.livesurvey.search.SearchSort;
import org.livesurvey.search.SearchUnavailableException;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.PublicUrls;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /search/feed.atom?q=&filter=}: the newest papers a search finds, as Atom, with the text and filter syntax
 * of the search page and API. A query it cannot run is a 400 with a line of text saying why (feed readers show the
 * status, not a page); a search engine that is down is a 503 with {@code Retry-After}.
 */
@Controller
class SearchFeedController {

    private static final int RETRY_AFTER_SECONDS = 5;

    private final PaperSearchService search;
    private final PaperFeedService feeds;
    private final PublicUrls urls;

    SearchFeedController(PaperSearchService search, PaperFeedService feeds, LiveSurveyProperties properties) {
        this.search = search;
        this.feeds = feeds;
        this.urls = new PublicUrls(properties);
    }

    @GetMapping(SearchPageState.FEED_PATH)
    ResponseEntity<String> feed(HttpServletRequest request) {
        try {
            PaperSearchRequest query = SearchQueryParser.parse(feedParameters(request)).request();
            SearchPageState state = new SearchPageState(query.text(),
                    new SearchFilters(query.include(), query.exclude()), SearchSort.NEWEST, 1);
            List<String> ids = search.search(query).hits().stream().map(SearchHit::id).toList();
            String site = urls.base();
            return AtomResponses.feed(feeds.listFeed(title(state), site + state.feedUrl(), site + state.url(), site,
                    ids));
        } catch (InvalidParameterException e) {
            return AtomResponses.failure(HttpStatus.BAD_REQUEST, "The query string cannot be read: parameters must "
                    + "be UTF-8 and percent-encoded.");
        } catch (ApiProblemException e) {
            return AtomResponses.failure(HttpStatus.BAD_REQUEST, e.detail());
        } catch (InvalidSearchRequestException e) {
            return AtomResponses.failure(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (SearchUnavailableException e) {
            return AtomResponses.failure(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .body("Search is not available at the moment; try again in " + RETRY_AFTER_SECONDS
                            + " seconds.\n");
        }
    }

    /** Text and filter as given; the order and size are the feed's own. */
    private static MultiValueMap<String, String> feedParameters(HttpServletRequest request) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (String name : List.of("q", "filter")) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                parameters.put(name, List.of(values));
            }
        }
        parameters.set("sort", "newest");
        parameters.set("per_page", String.valueOf(PaperFeedService.ENTRIES));
        return parameters;
    }

    private static String title(SearchPageState state) {
        String filter = state.filterText();
        if (state.text() == null && filter.isEmpty()) {
            return "LiveSurvey: newest papers";
        }
        StringBuilder title = new StringBuilder("LiveSurvey search:");
        if (state.text() != null) {
            title.append(' ').append(state.text());
        }
        if (!filter.isEmpty()) {
            title.append(" [").append(filter).append(']');
        }
        return title.toString();
    }
}
