package org.livesurvey.results;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.reproduction.ReproductionService;

import org.springframework.stereotype.Service;

/**
 * The reproductions' results for the pages and the search index. Every method reads the whole list once: there are
 * a few reproductions per paper that has any, so one list costs fewer queries than a lookup per reproduction.
 */
@Service
public class ReproductionResults {

    private static final Comparator<ReproductionResult> NEWEST_MEASUREMENT_FIRST = Comparator.comparing(
            (ReproductionResult result) -> result.measurement().at(),
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final ReproductionService reproductions;

    ReproductionResults(ReproductionService reproductions) {
        this.reproductions = reproductions;
    }

    /** Every reproduction, by paper and id. */
    public List<ReproductionResult> all() {
        return reproductions.list().stream().map(ReproductionResult::of).toList();
    }

    /** The paper's reproductions, by id; empty when none checks it. */
    public List<ReproductionResult> ofPaper(String paperId) {
        return all().stream().filter(result -> result.reproduction().paperId().equals(paperId)).toList();
    }

    /** The reproductions measured most recently, newest first; those without a successful run are left out. */
    public List<ReproductionResult> latestMeasured(int limit) {
        return all().stream()
                .filter(result -> result.measurement() != null)
                .sorted(NEWEST_MEASUREMENT_FIRST)
                .limit(limit)
                .toList();
    }

    /**
     * The status of each paper that a reproduction checks, over the claims of all its reproductions; papers that none
     * checks are absent, their status is {@link ReproductionStatus#NONE}.
     */
    public Map<String, ReproductionStatus> statusByPaper() {
        Map<String, VerdictCounts> counts = new LinkedHashMap<>();
        for (ReproductionResult result : all()) {
            counts.merge(result.reproduction().paperId(), result.counts(), VerdictCounts::plus);
        }
        Map<String, ReproductionStatus> statuses = new LinkedHashMap<>();
        counts.forEach((paperId, paperCounts) -> statuses.put(paperId, paperCounts.status()));
        return statuses;
    }
}
