package org.livesurvey.reproduction;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps results fresh: enqueues a run for each scheduled reproduction this instance can run that has none yet, or
 * whose latest finished run is older than its schedule (see {@link RerunSchedule#isDue}). The queue's "one pending run per reproduction" index makes it safe for
 * the schedulers of several instances to do this at the same time.
 */
@Component
class RunScheduler {

    private static final Logger log = LoggerFactory.getLogger(RunScheduler.class);

    private final RunQueue queue;
    /** Warned about once each: a malformed schedule should not fill the log every few minutes. */
    private final Set<String> malformedSchedules = new HashSet<>();

    RunScheduler(RunQueue queue) {
        this.queue = queue;
    }

    /** @return how many runs were enqueued */
    synchronized int enqueueDue(Set<HardwareClass> hardware) {
        int enqueued = 0;
        for (RunQueue.ScheduleState state : queue.scheduleStates(hardware)) {
            if (RerunSchedule.isDue(schedule(state), state.latestFinished(), state.pending(), state.now())
                    && queue.enqueue(state.reproductionId(), RunOrigin.SCHEDULED).isPresent()) {
                enqueued++;
            }
        }
        if (enqueued > 0) {
            log.info("Scheduler enqueued {} run(s)", enqueued);
        }
        return enqueued;
    }

    private Optional<RerunSchedule> schedule(RunQueue.ScheduleState state) {
        try {
            return RerunSchedule.parse(state.schedule());
        } catch (IllegalArgumentException e) {
            if (malformedSchedules.add(state.reproductionId())) {
                log.warn("Reproduction {}: {}; it is not re-run by itself", state.reproductionId(), e.getMessage());
            }
            return Optional.empty();
        }
    }
}
