package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livesurvey.ingestion.HarvestRecords.arxiv;
import static org.livesurvey.ingestion.HarvestRecords.page;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Harvested pages into proposals, on the real database: dedupe, never again, a page stored whole or not at all. */
@ExtendWith(OutputCaptureExtension.class)
class ProposalPipelineIntegrationTest extends ReviewQueueApplicationTest {

    private static final String NEW_REASONING = "Adaptive Thinking Budgets for Efficient Reasoning";
    private static final String OTC_VARIANT = "OTC: Optimal Tool Calls for Reasoning Agents via Reinforcement Learning";

    @Autowired
    ProposalService proposals;

    @Autowired
    HarvestRuns runs;

    @Test
    void aPageBecomesProposalsOfTheRelevantNewPapersOnly() {
        harvester.thenPages(page("after-page-1",
                arxiv("2504.17040", "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs"),
                arxiv("2506.00001", NEW_REASONING),
                arxiv("2506.00002", "Protein Folding with Diffusion"),
                arxiv("2506.00003", OTC_VARIANT),
                arxiv("2506.00001", NEW_REASONING)));

        harvestJob.harvestAll("maintainer");

        HarvestRun run = onlyRun();
        assertThat(run.status()).isEqualTo("succeeded");
        assertThat(List.of(run.pages(), run.records(), run.knownPapers(), run.seenBefore(), run.notRelevant(),
                run.proposalsCreated())).containsExactly(1, 5, 1, 1, 1, 2);
        List<Proposal> pending = proposals.find(ProposalQuery.pending(1, 20)).proposals();
        assertThat(pending).extracting(Proposal::arxivId).containsExactlyInAnyOrder("2506.00001", "2506.00003");
        Proposal otc = pending.stream().filter(p -> p.arxivId().equals("2506.00003")).findFirst().orElseThrow();
        assertThat(otc.possibleDuplicate().paperId()).isEqualTo("2504.14870");
        assertThat(otc.possibleDuplicate().reason()).contains("differ");
        assertThat(otc.suggestedCategories()).first()
                .isEqualTo(new Proposal.SuggestedCategory("efficiency/reasoning-economy", 0.82));
        assertThat(otc.topFeatures()).containsExactly("reasoning", "token budget");
        assertThat(otc.nearestPapers()).extracting(Proposal.SimilarPaper::id).containsExactly("2504.14870");
        assertThat(otc.authors()).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(otc.source()).isEqualTo("arXiv OAI-PMH set cs");
    }

    @Test
    void theFirstHarvestStartsTwoDaysAgoAndTheNextWhereItEnded() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        harvester.thenPages().thenPages();

        harvestJob.harvestAll("schedule");
        harvestJob.harvestAll("schedule");

        assertThat(harvester.requests()).extracting(HarvestRequest::from).containsExactly(today.minusDays(2), today);
        assertThat(harvester.requests()).allSatisfy(request -> {
            assertThat(request.until()).isEqualTo(today);
            assertThat(request.set()).isEqualTo("cs");
            assertThat(request.checkpoint()).isNull();
        });
    }

    @Test
    void aRedeliveredPageProposesNothingTwice() {
        HarvestedPage page = page(null, arxiv("2506.00001", NEW_REASONING), arxiv("2506.00003", OTC_VARIANT));
        harvester.thenPages(page).thenPages(page);

        harvestJob.harvestAll("schedule");
        harvestJob.harvestAll("schedule");

        assertThat(proposalCount()).isEqualTo(2);
        assertThat(harvestRuns()).first().satisfies(latest -> {
            assertThat(latest.proposalsCreated()).isZero();
            assertThat(latest.seenBefore()).isEqualTo(2);
        });
    }

    @Test
    void aRejectedPaperIsNeverProposedAgainNotEvenUnderAnotherId() {
        harvester.thenPages(page(null, arxiv("2506.00001", NEW_REASONING)))
                .thenPages(page(null, arxiv("2506.00001", NEW_REASONING),
                        arxiv("2506.09999", "Adaptive thinking budgets for efficient REASONING")));
        harvestJob.harvestAll("schedule");
        long id = proposals.find(ProposalQuery.pending(1, 20)).proposals().get(0).id();

        proposals.reject(id, "A workshop abstract of a paper we have", "admin");
        harvestJob.harvestAll("schedule");

        assertThat(proposalCount()).isEqualTo(1);
        assertThat(proposals.get(id).status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(proposals.get(id).rejectReason()).isEqualTo("A workshop abstract of a paper we have");
        assertThat(harvestRuns().get(0).seenBefore()).isEqualTo(2);
    }

    @Test
    void aPageThatFailsHalfWayLeavesNothingOfItAndTheNextRunResumesAfterTheLastPageStored() {
        harvester.thenPages(
                page("after-page-1", arxiv("2506.00001", NEW_REASONING)),
                page("after-page-2", arxiv("2506.00004", "Preference Learning at Scale"),
                        arxiv("2506.00005", ReviewQueueTestBeans.BREAKS_THE_CLASSIFIER + " Reasoning")));

        harvestJob.harvestAll("schedule");
        harvester.thenPages();
        harvestJob.harvestAll("schedule");

        assertThat(proposals.find(ProposalQuery.pending(1, 20)).proposals()).extracting(Proposal::arxivId)
                .containsExactly("2506.00001");
        HarvestRun failed = harvestRuns().get(1);
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.errorKind()).isEqualTo("internal");
        assertThat(failed.pages()).isEqualTo(1);
        HarvestRequest resumed = harvester.requests().get(1);
        assertThat(resumed.checkpoint()).isEqualTo("after-page-1");
        assertThat(resumed.from()).isEqualTo(harvester.requests().get(0).from());
        assertThat(harvestRuns().get(0).status()).isEqualTo("succeeded");
    }

    @Test
    void anUnreachableSourceIsOneWarningLineWithoutStackTraceAndTheRunsError(CapturedOutput output) {
        harvester.thenPagesAndFailure(new HarvestFailedException(HarvestFailedException.Kind.UNREACHABLE,
                "export.arxiv.org cannot be reached (no route to host).", new java.net.ConnectException("no route")));

        harvestJob.harvestAll("schedule");

        HarvestRun run = onlyRun();
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.errorKind()).isEqualTo("unreachable");
        assertThat(run.errorMessage()).isEqualTo("export.arxiv.org cannot be reached (no route to host).");
        List<String> warnings = output.getOut().lines().filter(line -> line.contains("WARN")
                && line.contains("Harvest of")).toList();
        assertThat(warnings).singleElement().asString()
                .contains("failed (unreachable): export.arxiv.org cannot be reached (no route to host).");
        assertThat(output.getOut()).doesNotContain("ConnectException");
    }

    private HarvestRun onlyRun() {
        List<HarvestRun> runs = harvestRuns();
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    private List<HarvestRun> harvestRuns() {
        return runs.recent(10);
    }

    private long proposalCount() {
        return jdbc.sql("select count(*) from proposal").query(Long.class).single();
    }
}
