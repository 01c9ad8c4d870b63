package org.livesurvey.ingestion;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The review queue: proposals listed and filtered, accepted into the taxonomy ({@link ProposalAcceptance}) or
 * rejected with a reason. A decided proposal stays decided, and its paper is never proposed again.
 */
@Service
public class ProposalService {

    private final ProposalStore proposals;
    private final ProposalAcceptance acceptance;

    ProposalService(ProposalStore proposals, ProposalAcceptance acceptance) {
        this.proposals = proposals;
        this.acceptance = acceptance;
    }

    public ProposalPage find(ProposalQuery query) {
        return proposals.find(query);
    }

    /** @throws ProposalNotFoundException when there is no such proposal */
    public Proposal get(long id) {
        return proposals.get(id).orElseThrow(() -> ProposalNotFoundException.forId(id));
    }

    public ProposalCounts counts() {
        return proposals.counts();
    }

    /**
     * Files the paper under these categories: its file is written, committed on the proposals branch when the taxonomy
     * is in a git working tree, and synced.
     *
     * @param categories category paths, the primary first
     * @throws ProposalNotFoundException when there is no such proposal
     * @throws InvalidDecisionException  when it is decided already, or no category or an unknown one is given
     * @throws AcceptFailedException     when a step failed: nothing changed, the proposal is pending with the error
     */
    public Proposal accept(long id, List<String> categories, String maintainer) {
        acceptance.accept(id, categories, maintainer);
        return get(id);
    }

    /**
     * @throws ProposalNotFoundException when there is no such proposal
     * @throws InvalidDecisionException  when it is decided already, or the reason is missing or too long
     */
    public Proposal reject(long id, String reason, String maintainer) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidDecisionException.noReason();
        }
        if (why.length() > InvalidDecisionException.MAX_REASON_LENGTH) {
            throw InvalidDecisionException.reasonTooLong();
        }
        if (!proposals.reject(id, why, maintainer)) {
            throw InvalidDecisionException.alreadyDecided(id, get(id).status());
        }
        return get(id);
    }
}
