package org.livesurvey.reproduction;

/** A run was asked for while the reproduction already has one queued or running: that one will do. */
public final class RunAlreadyPendingException extends ReproductionRequestException {

    private final long pendingRunId;

    private RunAlreadyPendingException(String reproductionId, long pendingRunId) {
        super("The reproduction '" + reproductionId + "' already has run " + pendingRunId
                + " queued or running; wait for it or cancel it.");
        this.pendingRunId = pendingRunId;
    }

    public static RunAlreadyPendingException of(String reproductionId, long pendingRunId) {
        return new RunAlreadyPendingException(reproductionId, pendingRunId);
    }

    public long pendingRunId() {
        return pendingRunId;
    }
}
