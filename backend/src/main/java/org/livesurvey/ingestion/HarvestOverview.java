package org.livesurvey.ingestion;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The harvest as the admin dashboard shows it.
 *
 * @param recentRuns newest first
 * @param nextRun    when the schedule starts the next harvest; {@code null} when the schedule is off here
 * @param running    whether a harvest is running in this instance now
 */
public record HarvestOverview(List<HarvestRun> recentRuns, OffsetDateTime nextRun, String cron, String zone,
                              boolean running) {

    public HarvestOverview {
        recentRuns = List.copyOf(recentRuns);
    }

    /** The newest failed run of a source whose latest run failed (a later success clears it), or {@code null}. */
    public HarvestRun lastError() {
        Set<String> sources = new HashSet<>();
        for (HarvestRun run : recentRuns) {
            if (sources.add(run.source()) && run.failed()) {
                return run;
            }
        }
        return null;
    }
}
