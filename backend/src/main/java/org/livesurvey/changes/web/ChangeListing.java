package org.livesurvey.changes.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.livesurvey.changes.ChangeCursor;
import org.livesurvey.changes.ChangePage;
import org.livesurvey.changes.ChangeQuery;
import org.livesurvey.web.LastChanged;

/**
 * The answer of {@code GET /api/v1/changes}: {@code {meta, results}}, newest first. It last changed when the newest
 * change it matches was made, which is its {@code Last-Modified}.
 */
record ChangeListing(Meta meta, List<ChangeEntry> results, @JsonIgnore OffsetDateTime latest) implements LastChanged {

    static ChangeListing of(ChangeQuery query, ChangePage page, String siteUrl) {
        ChangeCursor next = page.next();
        Meta meta = new Meta(page.total(), query.limit(), query.since(), query.until(), query.category(),
                next == null ? null : next.encode());
        return new ChangeListing(meta, page.changes().stream().map(change -> ChangeEntry.of(change, siteUrl)).toList(),
                page.latest());
    }

    @Override
    @JsonIgnore
    public OffsetDateTime lastChanged() {
        return latest;
    }

    /** Named apart from the other lists' {@code Meta} in the OpenAPI document, whose schemas go by simple name. */
    @Schema(name = "ChangeListMeta")
    record Meta(
            @Schema(description = "How many changes match, on all pages together") long count,
            @Schema(description = "The most changes a page holds") int limit,
            @Schema(description = "The earliest time of change listed (inclusive)") Instant since,
            @Schema(description = "The time the changes listed come before; null for up to now", nullable = true)
            Instant until,
            @Schema(description = "The category the list is limited to; null for all", nullable = true)
            String category,
            @Schema(description = "Pass as cursor= for the next, older page; null on the last page",
                    nullable = true) String nextCursor) {
    }
}
