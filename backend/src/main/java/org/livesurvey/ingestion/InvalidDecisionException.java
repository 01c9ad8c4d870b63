package org.livesurvey.ingestion;

import java.util.List;

/**
 * A decision that cannot be taken as asked: the message says what to change, written to be shown to the maintainer.
 * Nothing was changed.
 */
public final class InvalidDecisionException extends RuntimeException {

    /** Long enough for a sentence or two; the queue is no place for an essay. */
    static final int MAX_REASON_LENGTH = 500;

    private InvalidDecisionException(String message) {
        super(message);
    }

    static InvalidDecisionException alreadyDecided(long id, ProposalStatus status) {
        return new InvalidDecisionException("Proposal " + id + " was " + status.key() + " already.");
    }

    static InvalidDecisionException noCategory() {
        return new InvalidDecisionException("Choose at least one category to file the paper under.");
    }

    static InvalidDecisionException unknownCategories(List<String> paths) {
        return new InvalidDecisionException("No such category in the tree: " + String.join(", ", paths) + ".");
    }

    static InvalidDecisionException noReason() {
        return new InvalidDecisionException("Say why the paper is rejected: the reason is kept with it.");
    }

    static InvalidDecisionException reasonTooLong() {
        return new InvalidDecisionException("Keep the reason to " + MAX_REASON_LENGTH + " characters.");
    }
}
