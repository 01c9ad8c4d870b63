package org.livesurvey.ingest.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The git commit a taxonomy directory is checked out at, so that each sync run in the history says which version
 * of the files it wrote. Empty outside a git checkout or without git: the revision is provenance, not a requirement.
 */
public final class GitRevision {

    private static final long TIMEOUT_SECONDS = 5;

    private GitRevision() {
    }

    /** The commit of HEAD, with a {@code -dirty} suffix when the directory has uncommitted changes. */
    public static Optional<String> of(Path directory) {
        Optional<String> head = git(directory, "rev-parse", "HEAD");
        if (head.isEmpty()) {
            return head;
        }
        boolean dirty = git(directory, "status", "--porcelain", "--", ".").map(s -> !s.isEmpty()).orElse(false);
        return Optional.of(dirty ? head.get() + "-dirty" : head.get());
    }

    private static Optional<String> git(Path directory, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = directory.toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
