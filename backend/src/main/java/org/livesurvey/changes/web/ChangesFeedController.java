package org.livesurvey.changes.web;

import java.time.Instant;
import java.util.Map;

import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.changes.ChangePage;
import org.livesurvey.changes.ChangeQuery;
import org.livesurvey.changes.PaperChangeLog;
import org.livesurvey.feed.PaperFeedService;
import org.livesurvey.feed.web.AtomResponses;
import org.livesurvey.taxonomy.CategoryNotFoundException;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.PublicUrls;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /changes/feed.atom?since=&category=}: the newest changes as Atom, the same as {@code /api/v1/changes}
 * lists. A malformed {@code since} or an unknown category is a line of text with its status, as feed readers show.
 */
@Controller
class ChangesFeedController {

    static final String PATH = ChangesPageController.PATH + "/feed.atom";

    private final PaperChangeLog changes;
    private final CategoryTreeService categories;
    private final PublicUrls urls;

    ChangesFeedController(PaperChangeLog changes, CategoryTreeService categories, LiveSurveyProperties properties) {
        this.changes = changes;
        this.categories = categories;
        this.urls = new PublicUrls(properties);
    }

    @GetMapping(PATH)
    ResponseEntity<String> feed(@RequestParam(required = false) String since,
                                @RequestParam(required = false) String category) {
        Instant now = Instant.now();
        ChangeQuery query;
        try {
            query = new ChangeQuery(ChangeParameters.since(since, now), null, category, PaperFeedService.ENTRIES,
                    null);
        } catch (ApiProblemException e) {
            return AtomResponses.failure(HttpStatus.BAD_REQUEST, e.detail());
        }
        ChangePage page = changes.changes(query);
        Map<String, String> names = categories.namesByPath();
        String site = urls.base();
        String title = category == null ? "LiveSurvey: what's new" : "LiveSurvey: what's new in " + names.get(category);
        String self = site + PATH + (category == null ? "" : "?category=" + category);
        return AtomResponses.feed(ChangesFeed.of(title, self, site, page, names, now));
    }

    @ExceptionHandler
    ResponseEntity<String> unknownCategory(CategoryNotFoundException e) {
        return AtomResponses.failure(HttpStatus.NOT_FOUND,
                "No category has the path '" + ApiProblemException.abbreviated(e.path()) + "'.");
    }
}
