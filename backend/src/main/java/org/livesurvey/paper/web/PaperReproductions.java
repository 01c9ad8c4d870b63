package org.livesurvey.paper.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.PaperDetails.PaperClaim;
import org.livesurvey.reproduction.ClaimResult;
import org.livesurvey.reproduction.RunSummary;
import org.livesurvey.results.ReproductionResult;

/**
 * The claims section of a paper page: each reproduction that checks the paper, with its claims and its run history,
 * and the paper's claims that no reproduction checks.
 *
 * @param histories a run history chart per reproduction id; absent where no run measured a chartable claim
 */
public record PaperReproductions(List<ReproductionView> reproductions, Map<String, RunHistoryChart> histories,
                                 List<PaperClaim> unchecked) {

    public PaperReproductions {
        reproductions = List.copyOf(reproductions);
        histories = Map.copyOf(histories);
        unchecked = List.copyOf(unchecked);
    }

    /** @param history a reproduction's runs by its id, newest first */
    static PaperReproductions of(PaperDetails paper, List<ReproductionResult> results,
                                 Function<String, List<RunSummary>> history) {
        Map<String, RunHistoryChart> histories = new LinkedHashMap<>();
        for (ReproductionResult result : results) {
            String id = result.reproduction().id();
            if (result.reproduction().latestRun() != null) {
                RunHistoryChart.of(history.apply(id)).ifPresent(chart -> histories.put(id, chart));
            }
        }
        Set<String> checked = results.stream()
                .flatMap(result -> result.reproduction().claims().stream())
                .map(ClaimResult::claimId)
                .collect(Collectors.toSet());
        return new PaperReproductions(results.stream().map(ReproductionView::of).toList(), histories,
                paper.claims().stream().filter(claim -> !checked.contains(claim.id())).toList());
    }

    public boolean isEmpty() {
        return reproductions.isEmpty() && unchecked.isEmpty();
    }

    /** Whether the page draws a chart and so needs the chart scripts. */
    public boolean hasHistory() {
        return !histories.isEmpty();
    }
}
