package org.livesurvey.ingestion;

import java.util.List;

/** One page of a proposal list, and how many there are in all. */
public record ProposalPage(List<Proposal> proposals, long total, int page, int perPage) {

    public ProposalPage {
        proposals = List.copyOf(proposals);
    }

    public long lastPage() {
        return Math.max(1, (total + perPage - 1) / perPage);
    }
}
