package org.livesurvey.ingestion;

/**
 * Accepting a proposal failed in one of its steps (the paper file, the git commit, the sync). Every step done before
 * was undone: the proposal is still pending and its {@code lastError} holds this message.
 */
public final class AcceptFailedException extends RuntimeException {

    private AcceptFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param step what could not be done, e.g. {@code Writing the paper file} */
    static AcceptFailedException at(String step, String why, Throwable cause) {
        return new AcceptFailedException(step + " failed: " + why + ". Nothing was changed; the proposal is still "
                + "pending.", cause);
    }
}
