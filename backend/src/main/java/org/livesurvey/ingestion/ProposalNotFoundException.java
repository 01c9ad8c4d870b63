package org.livesurvey.ingestion;

/** No proposal has the id asked for. */
public final class ProposalNotFoundException extends RuntimeException {

    private final long proposalId;

    private ProposalNotFoundException(long proposalId) {
        super("no proposal " + proposalId);
        this.proposalId = proposalId;
    }

    public static ProposalNotFoundException forId(long proposalId) {
        return new ProposalNotFoundException(proposalId);
    }

    public long proposalId() {
        return proposalId;
    }
}
