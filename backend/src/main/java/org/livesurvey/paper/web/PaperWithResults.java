package org.livesurvey.paper.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.livesurvey.paper.PaperDetails;
import org.livesurvey.reproduction.ClaimResult;

/**
 * A paper as {@code GET /api/v1/papers/{id}} answers it: its fields, and beside its claims what our reproductions
 * last measured for them ({@code claim_results}: measured value, verdict, scale, run), empty when nothing checks them.
 */
record PaperWithResults(@JsonUnwrapped PaperDetails paper, List<ClaimResult> claimResults) {
}
