package org.livesurvey.reproduction;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Everything about one run: its summary, where and how it ran, the whole result file, and its output.
 *
 * @param workerId   the worker that holds or last held it ({@code host:pid/thread}); {@code null} for an import
 * @param provenance git commit, experiment version, command, parameters, seed, hardware, library versions, times,
 *                   peak memory, worker host
 * @param result     the result file the experiment wrote; empty unless it succeeded
 * @param log        the experiment's output (stdout and stderr), its first and last parts when it was long
 */
public record RunDetails(@JsonUnwrapped RunSummary run, String workerId, Map<String, Object> provenance,
                         Map<String, Object> result, String log) {
}
