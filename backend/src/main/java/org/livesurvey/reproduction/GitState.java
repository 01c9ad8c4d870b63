package org.livesurvey.reproduction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The commit of the experiments' code when a run starts, and whether the experiment's folder differs from it: a run
 * is only repeatable from a commit when nothing was changed on top of it.
 *
 * @param commit {@code null} when the folder is not in a git work tree, or git is missing
 * @param dirty  {@code null} when unknown
 */
record GitState(String commit, Boolean dirty) {

    private static final long TIMEOUT_SECONDS = 10;
    private static final GitState UNKNOWN = new GitState(null, null);

    static GitState of(Path experimentDir) {
        Optional<String> commit = git(experimentDir, "rev-parse", "HEAD");
        if (commit.isEmpty()) {
            return UNKNOWN;
        }
        Optional<String> changes = git(experimentDir, "status", "--porcelain", "--", ".");
        return new GitState(commit.get(), changes.map(output -> !output.isEmpty()).orElse(null));
    }

    private static Optional<String> git(Path directory, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0
                    ? Optional.of(new String(output, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
