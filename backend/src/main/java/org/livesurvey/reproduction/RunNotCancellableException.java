package org.livesurvey.reproduction;

/** Only a queued or running run can be cancelled; this one has finished. */
public final class RunNotCancellableException extends ReproductionRequestException {

    private final RunStatus status;

    private RunNotCancellableException(long runId, RunStatus status) {
        super("Run " + runId + " has already finished (" + status.key() + "); only a queued or running run can be "
                + "cancelled.");
        this.status = status;
    }

    public static RunNotCancellableException finished(long runId, RunStatus status) {
        return new RunNotCancellableException(runId, status);
    }

    public RunStatus status() {
        return status;
    }
}
