package org.livesurvey.ingest.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRevisionTest {

    @TempDir
    Path repository;

    @Test
    void isEmptyOutsideAGitCheckout() {
        assertThat(GitRevision.of(repository)).isEmpty();
    }

    @Test
    void namesTheCheckedOutCommitAndSaysWhenFilesDifferFromIt() throws Exception {
        Path papers = Files.createDirectories(repository.resolve("taxonomy/papers"));
        Files.writeString(papers.resolve("a.yaml"), "id: a\n");
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "first");
        String head = gitOutput("rev-parse", "HEAD");

        assertThat(GitRevision.of(repository.resolve("taxonomy"))).contains(head);

        Files.writeString(papers.resolve("a.yaml"), "id: a\ntitle: changed\n");
        assertThat(GitRevision.of(repository.resolve("taxonomy"))).contains(head + "-dirty");
    }

    private void git(String... args) throws Exception {
        gitOutput(args);
    }

    private String gitOutput(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
