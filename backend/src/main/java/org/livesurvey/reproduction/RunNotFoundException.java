package org.livesurvey.reproduction;

/** No run has the requested id. */
public final class RunNotFoundException extends ReproductionRequestException {

    private final long runId;

    private RunNotFoundException(long runId) {
        super("No run has the id " + runId + ".");
        this.runId = runId;
    }

    public static RunNotFoundException forId(long runId) {
        return new RunNotFoundException(runId);
    }

    public long runId() {
        return runId;
    }
}
