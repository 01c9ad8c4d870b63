package org.livesurvey.ingestion;

/** How many proposals there are in each status. */
public record ProposalCounts(long pending, long accepted, long rejected) {
}
