package org.livesurvey.reproduction;

/**
 * A request to this feature that cannot be served as asked: an unknown id, a run in the wrong state, a result file
 * that breaks the contract. The message is written for the client; the API maps each kind to its problem type.
 */
public abstract sealed class ReproductionRequestException extends RuntimeException
        permits ReproductionNotFoundException, RunNotFoundException, RunAlreadyPendingException,
        RunNotCancellableException, InvalidRunResultException {

    ReproductionRequestException(String message) {
        // the client's request, not a fault of the server: a stack trace would never be read
        super(message, null, false, false);
    }
}
