package org.livesurvey.ingestion;

import org.springframework.stereotype.Service;

/** The harvest as maintainers see and start it. */
@Service
public class HarvestService {

    static final int RECENT_RUNS = 10;

    private final HarvestRuns runs;
    private final HarvestScheduler scheduler;
    private final HarvestProperties settings;

    HarvestService(HarvestRuns runs, HarvestScheduler scheduler, HarvestProperties settings) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    public HarvestOverview overview() {
        return new HarvestOverview(runs.recent(RECENT_RUNS), scheduler.nextRun(), settings.cron(),
                settings.zone().getId(), scheduler.isRunning());
    }

    /**
     * Starts a harvest of every set now, in the background.
     *
     * @return false when one is running already
     */
    public boolean harvestNow() {
        return scheduler.startNow();
    }
}
