package org.livesurvey.reproduction;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of a reproduction, as lists and histories show it.
 *
 * @param hardware       the class it needed (an imported run: the class it ran on)
 * @param device         the GPU model, or the CPU model when it ran without one; {@code null} until it has run
 * @param durationS      seconds from start to finish; {@code null} until finished
 * @param attempts       how often it was started (more than 1: a worker died and it was taken up again)
 * @param failureReason  why it failed or was cancelled; {@code null} otherwise
 * @param scale          what it measured at, in the experiment's words; {@code null} until succeeded
 * @param metrics        what it measured, by name; empty until succeeded
 * @param verdicts       its verdict on each claim the reproduction checks; empty until succeeded
 */
public record RunSummary(long id, String reproductionId, RunStatus status, RunOrigin origin, HardwareClass hardware,
                         OffsetDateTime queuedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                         Double durationS, int attempts, String device, String failureReason, String scale,
                         Map<String, Double> metrics, List<CheckVerdict> verdicts) {

    public RunSummary {
        metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
        verdicts = List.copyOf(verdicts);
    }

    RunSummary withVerdicts(List<CheckVerdict> judged) {
        return new RunSummary(id, reproductionId, status, origin, hardware, queuedAt, startedAt, finishedAt,
                durationS, attempts, device, failureReason, scale, metrics, judged);
    }
}
