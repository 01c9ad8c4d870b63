package org.livesurvey.ingestion;

import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.classify.Classification;
import org.livesurvey.ingest.classify.ClassifierInput;
import org.livesurvey.ingest.classify.PaperClassifier;
import org.livesurvey.ingest.importer.IncomingPaper;
import org.livesurvey.ingest.importer.KnownPapers;
import org.livesurvey.ingest.metadata.MetadataRecord;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a harvested page into proposals: each record is matched against the taxonomy (a filed paper is left alone; a
 * near miss is kept as a possible duplicate), against every proposal made before (pending, accepted or rejected: a
 * paper is proposed once), then classified; the relevant ones are stored. The page's proposals and the run's
 * progress (counts and checkpoint) are written in one transaction: a page is stored whole or not at all.
 */
@Component
class ProposalPipeline {

    private final PaperClassifier classifier;
    private final ProposalStore proposals;
    private final HarvestRuns runs;
    private final TransactionTemplate transactions;

    ProposalPipeline(PaperClassifier classifier, ProposalStore proposals, HarvestRuns runs,
                     TransactionTemplate transactions) {
        this.classifier = classifier;
        this.proposals = proposals;
        this.runs = runs;
        this.transactions = transactions;
    }

    /** One run's context: its id, the source credited, and the taxonomy as it was when the run started. */
    record RunContext(long runId, String source, FiledPapers filed) {
    }

    PageOutcome propose(RunContext run, HarvestedPage page) {
        List<Candidate> candidates = new ArrayList<>();
        int known = 0;
        int seenBefore = 0;
        int notRelevant = 0;
        for (MetadataRecord record : page.records()) {
            if (record.title() == null) {
                notRelevant++;
                continue;
            }
            IncomingPaper incoming = run.filed().converter().convert(record, run.source());
            if (run.filed().known().find(incoming).isPresent()) {
                known++;
                continue;
            }
            ProposalKeys keys = ProposalKeys.of(incoming.paper());
            if (candidates.stream().anyMatch(c -> c.keys().sharesAnyWith(keys))) {
                seenBefore++;
                continue;
            }
            candidates.add(new Candidate(keys, record, incoming));
        }
        List<ProposalKeys> proposedBefore = proposals.existing(candidates.stream().map(Candidate::keys).toList());
        List<NewProposal> relevant = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (proposedBefore.stream().anyMatch(k -> k.sharesAnyWith(candidate.keys()))) {
                seenBefore++;
                continue;
            }
            Classification classification = classifier.classify(ClassifierInput.of(candidate.record()));
            if (!classification.relevant()) {
                notRelevant++;
                continue;
            }
            relevant.add(proposal(candidate, classification, run));
        }
        PageOutcome outcome = new PageOutcome(page.records().size(), known, seenBefore, notRelevant, 0);
        return transactions.execute(status -> {
            int stored = proposals.insert(run.runId(), relevant);
            PageOutcome done = outcome.withProposed(stored, relevant.size() - stored);
            runs.recordPage(run.runId(), done, page.checkpoint());
            return done;
        });
    }

    private static NewProposal proposal(Candidate candidate, Classification classification, RunContext run) {
        Proposal.PossibleDuplicate duplicate = run.filed().known().possibleDuplicates(candidate.incoming()).stream()
                .findFirst()
                .map(ProposalPipeline::duplicate)
                .orElse(null);
        return new NewProposal(candidate.keys(), candidate.record(), run.source(), classification.relevance(),
                classification.categories().stream()
                        .map(c -> new Proposal.SuggestedCategory(c.path(), c.confidence())).toList(),
                classification.topFeatures(),
                classification.nearestPapers().stream()
                        .map(p -> new Proposal.SimilarPaper(p.id(), p.title(), p.similarity())).toList(),
                duplicate);
    }

    private static Proposal.PossibleDuplicate duplicate(KnownPapers.PossibleDuplicate duplicate) {
        return new Proposal.PossibleDuplicate(duplicate.id(), duplicate.title(), duplicate.similarity(),
                duplicate.why());
    }

    private record Candidate(ProposalKeys keys, MetadataRecord record, IncomingPaper incoming) {
    }
}
