package org.livesurvey.changes.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.changes.ChangeQuery;
import org.livesurvey.changes.PaperChangeLog;
import org.livesurvey.web.PublicUrls;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/changes}: the papers added, changed, renamed or removed since a time, newest first. */
@RestController
@Tag(name = "changes", description = "What's new: papers added, changed, renamed or removed by the syncs")
class ChangesApiController {

    private final PaperChangeLog changes;
    private final PublicUrls urls;

    ChangesApiController(PaperChangeLog changes, LiveSurveyProperties properties) {
        this.changes = changes;
        this.urls = new PublicUrls(properties);
    }

    @Operation(operationId = "listChanges", summary = "Papers added or changed since a time", description = """
            Every change a sync of the taxonomy made to a paper since `since` (by default a week ago), newest \
            first: the paper, the kind of change, when, which fields of its file changed, and the old and new \
            values of the short ones. A paper that got a new id is one `renamed` change. Page with `cursor`: pass \
            `meta.next_cursor` until it is null. The same list is an Atom feed at /changes/feed.atom.""")
    @Parameter(name = "since", example = "2025-06-01T00:00:00Z", description = "The earliest time of change, "
            + "inclusive: an ISO-8601 time with an offset, or a date (its start in UTC). Default: 7 days ago")
    @Parameter(name = "until", example = "2025-06-08", description = "Only changes before this time (exclusive), "
            + "in the same forms as since. Default: none")
    @Parameter(name = "category", example = "efficiency/reasoning-economy", description = "Only papers filed under "
            + "this category or below it, before or after the change")
    @Parameter(name = "limit", schema = @Schema(type = "integer", minimum = "1", maximum = "" + ChangeQuery.MAX_LIMIT,
            defaultValue = "" + ChangeParameters.DEFAULT_LIMIT), description = "The most changes per page")
    @Parameter(name = "cursor", description = "meta.next_cursor of the previous page; leave out for the first")
    @ApiResponse(responseCode = "200", description = "The changes, newest first, and the cursor of the next page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ChangeListing.class)))
    @ApiResponse(responseCode = "400", description = "since, until, limit or cursor is malformed (invalid-parameter)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No category has the path (category-not-found)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/v1/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    ChangeListing changes(@RequestParam(required = false) String since,
                          @RequestParam(required = false) String until,
                          @RequestParam(required = false) String category,
                          @RequestParam(required = false) String limit,
                          @RequestParam(required = false) String cursor) {
        ChangeQuery query = ChangeParameters.query(since, until, limit, cursor, category, Instant.now());
        return ChangeListing.of(query, changes.changes(query), urls.base());
    }
}
