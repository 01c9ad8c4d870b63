package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.importer.FileChange;

/** Commits on a branch that is not checked out, in a real repository whose taxonomy is a subdirectory. */
class ProposalBranchTest {

    private static final PersonIdent MAINTAINER = new PersonIdent("LiveSurvey maintainer", "m@example.org");

    @TempDir
    Path repository;

    private Path taxonomy;
    private Git git;

    @BeforeEach
    void repositoryWithATaxonomy() throws Exception {
        taxonomy = Files.createDirectories(repository.resolve("taxonomy/papers"));
        Files.writeString(repository.resolve("taxonomy/papers/old.yaml"), "id: old\n");
        Files.writeString(repository.resolve("README.md"), "readme\n");
        git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        git.commit().setMessage("start").setAuthor(MAINTAINER).setCommitter(MAINTAINER).setSign(false).call();
        taxonomy = repository.resolve("taxonomy");
    }

    @Test
    void aNewBranchStartsAtHeadAndGetsTheFileWhileTheCheckoutStaysAsItWas() throws Exception {
        ObjectId head = git.getRepository().resolve("HEAD");
        Files.writeString(taxonomy.resolve("papers/new.yaml"), "id: new\n");

        ProposalBranch.Commit commit = ProposalBranch.commit(taxonomy, List.of(added("new")), "proposals/2025-06-02",
                "Add new", MAINTAINER).orElseThrow();

        assertThat(commit.previousTip()).isNull();
        RevCommit made = parse(commit.id());
        assertThat(made.getParent(0).getId()).isEqualTo(head);
        assertThat(made.getFullMessage()).isEqualTo("Add new");
        assertThat(fileAt(made, "taxonomy/papers/new.yaml")).isEqualTo("id: new\n");
        assertThat(fileAt(made, "taxonomy/papers/old.yaml")).isEqualTo("id: old\n");
        assertThat(fileAt(made, "README.md")).isEqualTo("readme\n");
        assertThat(git.getRepository().getFullBranch()).isEqualTo("refs/heads/main");
        assertThat(git.getRepository().resolve("HEAD")).isEqualTo(head);
        assertThat(git.status().call().getUncommittedChanges()).isEmpty();
        assertThat(git.status().call().getUntracked()).containsExactly("taxonomy/papers/new.yaml");
    }

    @Test
    void anExistingBranchGrowsFromItsTipAndUndoPutsItBack() throws Exception {
        ProposalBranch.Commit first = ProposalBranch.commit(taxonomy, List.of(added("a")), "proposals/day", "Add a",
                MAINTAINER).orElseThrow();
        ProposalBranch.Commit second = ProposalBranch.commit(taxonomy, List.of(added("b"),
                new FileChange(taxonomy.resolve("papers/old.yaml"), "id: old\n", null)), "proposals/day", "Add b",
                MAINTAINER).orElseThrow();

        assertThat(second.previousTip()).isEqualTo(first.id());
        RevCommit made = parse(second.id());
        assertThat(made.getParent(0).getId()).isEqualTo(first.id());
        assertThat(fileAt(made, "taxonomy/papers/a.yaml")).isEqualTo("id: a\n");
        assertThat(fileAt(made, "taxonomy/papers/old.yaml")).isNull();

        ProposalBranch.undo(second);
        assertThat(git.getRepository().exactRef("refs/heads/proposals/day").getObjectId()).isEqualTo(first.id());
        ProposalBranch.undo(first);
        assertThat(git.getRepository().exactRef("refs/heads/proposals/day")).isNull();
    }

    @Test
    void theCheckedOutBranchIsNeverMovedUnderTheWorkingTree() throws Exception {
        git.checkout().setCreateBranch(true).setName("proposals/day").call();

        assertThatThrownBy(() -> ProposalBranch.commit(taxonomy, List.of(added("a")), "proposals/day", "Add a",
                MAINTAINER)).isInstanceOf(IOException.class).hasMessageContaining("is checked out");
    }

    @Test
    void outsideAGitWorkingTreeThereIsNothingToCommit(@TempDir Path plain) throws Exception {
        Files.createDirectories(plain.resolve("papers"));

        Optional<ProposalBranch.Commit> commit = ProposalBranch.commit(plain, List.of(
                new FileChange(plain.resolve("papers/a.yaml"), null, "id: a\n")), "proposals/day", "Add a", MAINTAINER);

        assertThat(commit).isEmpty();
    }

    private FileChange added(String id) {
        return new FileChange(taxonomy.resolve("papers/" + id + ".yaml"), null, "id: " + id + "\n");
    }

    private RevCommit parse(ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            return walk.parseCommit(id);
        }
    }

    private String fileAt(RevCommit commit, String path) throws IOException {
        Repository repo = git.getRepository();
        try (TreeWalk entry = TreeWalk.forPath(repo, path, commit.getTree())) {
            return entry == null ? null
                    : new String(repo.open(entry.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }
}
