package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.livesurvey.ingestion.HarvestRecords.arxiv;
import static org.livesurvey.ingestion.HarvestRecords.doiOnly;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Accepting and rejecting on the running application, whose taxonomy is a git repository of its own: the paper file
 * through the importer, the commit on the day's proposals branch beside an untouched working tree, the sync that
 * makes the paper searchable; and a failing step that leaves everything as it was.
 */
class ProposalAcceptanceIntegrationTest extends ReviewQueueApplicationTest {

    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(60);
    private static final String BRANCH = "refs/heads/proposals/" + LocalDate.now(ZoneOffset.UTC);

    @Autowired
    ProposalService proposals;

    @Test
    void acceptingFilesThePaperOnTheProposalsBranchLeavesTheWorkingTreeAloneAndMakesItSearchable() throws Exception {
        harvested(arxiv("2507.00001", "Budget-Aware Reasoning with Early Exit"));
        long id = proposalOf("2507.00001");
        RepositoryState before = RepositoryState.now();
        MaintainerSession maintainer = new MaintainerSession(port);
        maintainer.logIn("admin", ADMIN_TOKEN);

        HttpResponse<String> accepted = maintainer.submit("/admin/proposals", "/admin/proposals/" + id + "/accept",
                Map.of("category", "efficiency/reasoning-economy", "other", "reasoning/rl-for-reasoning",
                        "status", "pending", "page", "1"));

        assertThat(accepted.statusCode()).isEqualTo(302);
        String back = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(back).endsWith("/admin/proposals?status=pending&page=1#proposal-" + id);
        assertThat(maintainer.get(back.substring(back.indexOf("/admin"), back.indexOf('#'))).body())
                .contains("Accepted: filed as 2507.00001 under efficiency/reasoning-economy, reasoning/rl-for-reasoning.");
        Path file = TAXONOMY_DIR.resolve("papers/2507.00001.yaml");
        String yaml = Files.readString(file);
        assertThat(yaml).contains("title: Budget-Aware Reasoning with Early Exit",
                "  - efficiency/reasoning-economy\n  - reasoning/rl-for-reasoning",
                "  - list: arXiv OAI-PMH set cs");
        Proposal proposal = proposals.get(id);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(proposal.paperId()).isEqualTo("2507.00001");
        assertThat(proposal.decidedBy()).isEqualTo("admin");

        RepositoryState after = RepositoryState.now();
        assertThat(after.head()).isEqualTo(before.head());
        assertThat(after.headCommit()).isEqualTo(before.headCommit());
        assertThat(after.index()).isEqualTo(before.index());
        assertThat(after.status().getUncommittedChanges()).isEmpty();
        assertThat(after.status().getUntracked()).contains("papers/2507.00001.yaml");
        try (Git git = Git.open(TAXONOMY_DIR.toFile()); RevWalk walk = new RevWalk(git.getRepository())) {
            Repository repository = git.getRepository();
            RevCommit commit = walk.parseCommit(repository.exactRef(BRANCH).getObjectId());
            assertThat(commit.getParent(0).getId())
                    .isEqualTo(before.branchTip() != null ? before.branchTip() : before.headCommit());
            assertThat(commit.getAuthorIdent().getName()).isEqualTo("LiveSurvey maintainer");
            assertThat(commit.getFullMessage()).startsWith("Add 2507.00001: Budget-Aware Reasoning with Early Exit")
                    .contains("Accepted by admin from the review queue");
            try (TreeWalk entry = TreeWalk.forPath(repository, "papers/2507.00001.yaml", commit.getTree())) {
                assertThat(new String(repository.open(entry.getObjectId(0)).getBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(yaml);
            }
        }
        new MaintainerSession(port).awaitSearchable("Budget-Aware Reasoning", "2507.00001", SEARCHABLE_WITHIN);
    }

    @Test
    void aCategoryOutsideTheTreeIsRefusedAndNothingIsWritten() throws Exception {
        harvested(arxiv("2507.00002", "Preference Tuning for Reasoning Chains"));
        long id = proposalOf("2507.00002");
        RepositoryState before = RepositoryState.now();

        assertThatThrownBy(() -> proposals.accept(id, List.of("efficiency/no-such-node"), "admin"))
                .isInstanceOf(InvalidDecisionException.class)
                .hasMessage("No such category in the tree: efficiency/no-such-node.");

        assertThat(Files.exists(TAXONOMY_DIR.resolve("papers/2507.00002.yaml"))).isFalse();
        assertThat(proposals.get(id).status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(RepositoryState.now().branchTip()).isEqualTo(before.branchTip());
    }

    @Test
    void aStepThatFailsUndoesTheStepsBeforeAndLeavesTheProposalPendingWithTheError() throws Exception {
        harvested(doiOnly("10.1234/otc-agents", "OTC: Tool-Efficient Reasoning Agents"));
        long id = jdbc.sql("select id from proposal where doi = '10.1234/otc-agents'").query(Long.class).single();
        assertThat(proposals.get(id).possibleDuplicate().paperId()).isEqualTo("2504.14870");
        List<String> filesBefore = paperFiles();
        RepositoryState before = RepositoryState.now();

        assertThatThrownBy(() -> proposals.accept(id, List.of("integration/agents"), "admin"))
                .isInstanceOf(AcceptFailedException.class)
                .hasMessageContaining("Syncing the taxonomy failed")
                .hasMessageContaining("the same method name 'otc'")
                .hasMessageEndingWith("Nothing was changed; the proposal is still pending.");

        Proposal proposal = proposals.get(id);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(proposal.lastError()).contains("the same method name 'otc'");
        assertThat(paperFiles()).isEqualTo(filesBefore);
        RepositoryState after = RepositoryState.now();
        assertThat(after.branchTip()).isEqualTo(before.branchTip());
        assertThat(after.index()).isEqualTo(before.index());
    }

    @Test
    void rejectingThroughThePageKeepsTheReason() {
        harvested(arxiv("2507.00003", "Preference Data for Reasoning Chains"));
        long id = proposalOf("2507.00003");
        MaintainerSession maintainer = new MaintainerSession(port);
        maintainer.logIn("admin", ADMIN_TOKEN);

        HttpResponse<String> rejected = maintainer.submit("/admin/proposals", "/admin/proposals/" + id + "/reject",
                Map.of("reason", "A survey of surveys", "status", "pending", "page", "1"));

        assertThat(rejected.statusCode()).isEqualTo(302);
        Proposal proposal = proposals.get(id);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(proposal.rejectReason()).isEqualTo("A survey of surveys");
        assertThat(maintainer.get("/admin/proposals?status=rejected").body()).contains("A survey of surveys");
    }

    private static List<String> paperFiles() throws IOException {
        try (Stream<Path> files = Files.list(TAXONOMY_DIR.resolve("papers"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The taxonomy repository: checked-out branch, its commit, the index, the status and the proposals branch. */
    private record RepositoryState(String head, ObjectId headCommit, List<String> index, Status status,
                                   ObjectId branchTip) {

        static RepositoryState now() throws IOException, GitAPIException {
            try (Git git = Git.open(TAXONOMY_DIR.toFile())) {
                Repository repository = git.getRepository();
                List<String> index = new ArrayList<>();
                DirCache cache = repository.readDirCache();
                for (int i = 0; i < cache.getEntryCount(); i++) {
                    index.add(cache.getEntry(i).getPathString() + " " + cache.getEntry(i).getObjectId().name());
                }
                Ref branch = repository.exactRef(BRANCH);
                return new RepositoryState(repository.getFullBranch(), repository.resolve("HEAD"), index,
                        git.status().call(), branch == null ? null : branch.getObjectId());
            }
        }
    }
}
