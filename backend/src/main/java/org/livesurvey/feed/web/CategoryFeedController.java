package org.livesurvey.feed.web;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.feed.PaperFeedService;
import org.livesurvey.taxonomy.CategoryNotFoundException;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.PublicUrls;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /categories/{path}/feed.atom}: the newest papers of a category node and the nodes below it, as Atom.
 * A node's path has slashes, and a pattern can capture several segments only at its end, so each depth the tree can
 * have gets its own pattern ({@value #MAX_DEPTH} levels); being more specific than the category page's
 * {@code /categories/{*path}}, they win over it.
 */
@Controller
class CategoryFeedController {

    static final int MAX_DEPTH = 8;

    private final PaperFeedService feeds;
    private final PublicUrls urls;

    CategoryFeedController(PaperFeedService feeds, LiveSurveyProperties properties) {
        this.feeds = feeds;
        this.urls = new PublicUrls(properties);
    }

    @GetMapping({"/categories/{s1}/feed.atom", "/categories/{s1}/{s2}/feed.atom",
            "/categories/{s1}/{s2}/{s3}/feed.atom", "/categories/{s1}/{s2}/{s3}/{s4}/feed.atom",
            "/categories/{s1}/{s2}/{s3}/{s4}/{s5}/feed.atom", "/categories/{s1}/{s2}/{s3}/{s4}/{s5}/{s6}/feed.atom",
            "/categories/{s1}/{s2}/{s3}/{s4}/{s5}/{s6}/{s7}/feed.atom",
            "/categories/{s1}/{s2}/{s3}/{s4}/{s5}/{s6}/{s7}/{s8}/feed.atom"})
    ResponseEntity<String> feed(@PathVariable Map<String, String> segments) {
        String path = IntStream.rangeClosed(1, MAX_DEPTH).mapToObj(level -> segments.get("s" + level))
                .takeWhile(Objects::nonNull)
                .collect(Collectors.joining("/"));
        return AtomResponses.feed(feeds.categoryFeed(path, urls.base()));
    }

    @ExceptionHandler
    ResponseEntity<String> unknownCategory(CategoryNotFoundException e) {
        return AtomResponses.failure(HttpStatus.NOT_FOUND,
                "No category has the path '" + ApiProblemException.abbreviated(e.path()) + "'.");
    }
}
