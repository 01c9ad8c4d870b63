package org.livesurvey.reproduction;

/**
 * A run reached its end (succeeded, failed or cancelled) or was imported; published after the change committed, so
 * that listeners (e.g. the search index, pages' caches) read the new verdicts.
 */
public record RunFinished(long runId, String reproductionId, String paperId, RunStatus status) {
}
