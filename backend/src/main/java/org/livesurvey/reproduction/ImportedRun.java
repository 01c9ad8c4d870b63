package org.livesurvey.reproduction;

/**
 * The outcome of importing a result file.
 *
 * @param created {@code false} when the same file had been imported for this reproduction before: that run is returned
 */
public record ImportedRun(RunSummary run, boolean created) {
}
