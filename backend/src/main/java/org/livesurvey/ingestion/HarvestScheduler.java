package org.livesurvey.ingestion;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Starts the harvest on its schedule ({@code livesurvey.harvest.cron}) once the application is ready, or when a
 * maintainer asks; one harvest at a time, on a thread of its own. Runs that a stopped process left running are marked
 * failed at start-up, so that the next harvest resumes them. Meant for one instance: the others leave
 * {@code livesurvey.harvest.enabled} off.
 */
@Component
class HarvestScheduler implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HarvestScheduler.class);

    private final HarvestProperties settings;
    private final HarvestJob job;
    private final HarvestRuns runs;
    private final ThreadPoolTaskScheduler thread = new ThreadPoolTaskScheduler();
    private final AtomicBoolean running = new AtomicBoolean();

    HarvestScheduler(HarvestProperties settings, HarvestJob job, HarvestRuns runs) {
        this.settings = settings;
        this.job = job;
        this.runs = runs;
        thread.setPoolSize(1);
        thread.setThreadNamePrefix("harvest-");
        thread.setDaemon(true);
        thread.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenReady() {
        int interrupted = runs.failInterrupted();
        if (interrupted > 0) {
            log.info("{} harvest run(s) were interrupted when the application stopped; the next run resumes them",
                    interrupted);
        }
        if (!settings.enabled()) {
            log.info("The harvest schedule is off here (livesurvey.harvest.enabled=false)");
            return;
        }
        thread.schedule(() -> harvest("schedule"), new CronTrigger(settings.cron(), settings.zone()));
        log.info("Harvest of {} set(s) {} scheduled ({} in {}), next at {}", settings.sourceName(), settings.sets(),
                settings.cron(), settings.zone(), nextRun());
    }

    /** @return false when a harvest is running already */
    boolean startNow() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        thread.execute(() -> {
            try {
                job.harvestAll("maintainer");
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    boolean isRunning() {
        return running.get();
    }

    /** When the schedule starts the next harvest, or {@code null} when it is off. */
    OffsetDateTime nextRun() {
        if (!settings.enabled()) {
            return null;
        }
        ZonedDateTime next = CronExpression.parse(settings.cron()).next(ZonedDateTime.now(settings.zone()));
        return next == null ? null : next.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private void harvest(String triggeredBy) {
        if (!running.compareAndSet(false, true)) {
            log.info("The scheduled harvest is skipped: a harvest is running");
            return;
        }
        try {
            job.harvestAll(triggeredBy);
        } finally {
            running.set(false);
        }
    }

    @Override
    public void destroy() {
        thread.shutdown();
    }
}
