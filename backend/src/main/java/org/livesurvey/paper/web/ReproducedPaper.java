package org.livesurvey.paper.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.results.ReproductionResult;
import org.livesurvey.results.ReproductionStatus;
import org.livesurvey.results.VerdictCounts;

/** A paper on the reproductions page, with the reproductions that check its claims. */
public record ReproducedPaper(String id, String title, List<ReproductionView> reproductions) {

    public ReproducedPaper {
        reproductions = List.copyOf(reproductions);
    }

    /** @param results in the order the page lists them; each paper comes where its first reproduction does */
    static List<ReproducedPaper> byPaper(List<ReproductionResult> results) {
        Map<String, List<ReproductionResult>> byPaper = new LinkedHashMap<>();
        results.forEach(result -> byPaper.computeIfAbsent(result.reproduction().paperId(), id -> new ArrayList<>())
                .add(result));
        return byPaper.values().stream()
                .map(ofPaper -> new ReproducedPaper(ofPaper.get(0).reproduction().paperId(),
                        ofPaper.get(0).reproduction().paperTitle(), ofPaper.stream().map(ReproductionView::of).toList()))
                .toList();
    }

    /** The paper's status over all its reproductions, as the search facet has it. */
    public ReproductionStatus status() {
        return reproductions.stream().map(view -> view.result().counts())
                .reduce(VerdictCounts.NONE, VerdictCounts::plus).status();
    }
}
