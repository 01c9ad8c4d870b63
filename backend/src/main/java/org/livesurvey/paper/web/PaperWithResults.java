package org.livesurvey.paper.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.livesurvey.paper.PaperDetails;
import org.livesurvey.reproduction.ClaimResult;
import org.livesurvey.web.LastChanged;

/**
 * A paper as {@code GET /api/v1/papers/{id}} answers it: its fields, and beside its claims what our reproductions
 * last measured for them ({@code claim_results}: measured value, verdict, scale, run), empty when nothing checks them.
 */
record PaperWithResults(@JsonUnwrapped PaperDetails paper, List<ClaimResult> claimResults) implements LastChanged {

    /** The paper's last change or its latest measurement, whichever is newer: either changes this answer. */
    @Override
    @JsonIgnore
    public OffsetDateTime lastChanged() {
        return claimResults.stream().map(ClaimResult::measuredAt).filter(Objects::nonNull)
                .reduce(paper.changedAt(), (a, b) -> a == null || b.isAfter(a) ? b : a);
    }
}
