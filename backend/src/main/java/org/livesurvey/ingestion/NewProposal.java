package org.livesurvey.ingestion;

import java.util.List;

import org.livesurvey.ingest.metadata.MetadataRecord;

/** A proposal the pipeline made of a harvested record, before it is stored. */
record NewProposal(ProposalKeys keys, MetadataRecord record, String source, double relevance,
                   List<Proposal.SuggestedCategory> suggestedCategories, List<String> topFeatures,
                   List<Proposal.SimilarPaper> nearestPapers, Proposal.PossibleDuplicate possibleDuplicate) {
}
