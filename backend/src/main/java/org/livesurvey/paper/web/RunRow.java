package org.livesurvey.paper.web;

import java.time.OffsetDateTime;
import java.util.Map;

import org.livesurvey.reproduction.CheckVerdict;
import org.livesurvey.reproduction.RunSummary;
import org.livesurvey.results.VerdictCounts;

/**
 * A run in a reproduction's history table.
 *
 * @param commit the git commit it ran from; {@code null} when unknown (an import that did not say)
 */
public record RunRow(RunSummary run, String commit, VerdictCounts counts) {

    /** Enough of a commit id to find it; the full id is in the run's JSON. */
    private static final int SHORT_COMMIT = 12;

    /** @param provenance the run's provenance, as its details hold it */
    static RunRow of(RunSummary run, Map<String, Object> provenance) {
        String commit = provenance.get("git_commit") instanceof String text && !text.isBlank() ? text : null;
        return new RunRow(run, commit, VerdictCounts.ofVerdicts(run.verdicts().stream().map(CheckVerdict::verdict)
                .toList()));
    }

    /** When it started, or when it was queued while it waits. */
    public OffsetDateTime at() {
        return run.startedAt() != null ? run.startedAt() : run.queuedAt();
    }

    public String shortCommit() {
        return commit == null ? null : commit.substring(0, Math.min(SHORT_COMMIT, commit.length()));
    }

    public String duration() {
        return run.durationS() == null ? null : Figures.duration(run.durationS());
    }
}
