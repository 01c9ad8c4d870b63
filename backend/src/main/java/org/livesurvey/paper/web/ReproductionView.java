package org.livesurvey.paper.web;

import java.util.List;

import org.livesurvey.results.ReproductionResult;

/** A reproduction as the paper page and the reproductions pages show it: its result, schedule and claims as text. */
public record ReproductionView(ReproductionResult result, String schedule, List<ClaimRow> claims) {

    public ReproductionView {
        claims = List.copyOf(claims);
    }

    static ReproductionView of(ReproductionResult result) {
        return new ReproductionView(result, ScheduleText.of(result.reproduction().schedule()),
                result.reproduction().claims().stream().map(ClaimRow::new).toList());
    }
}
