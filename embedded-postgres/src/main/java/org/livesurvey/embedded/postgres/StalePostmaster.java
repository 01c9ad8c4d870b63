package org.livesurvey.embedded.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a killed owner left behind in a data directory: a {@code postmaster.pid} whose server is gone (its pid
 * may even have been reused by another program) or an orphaned server still running. Callers must hold the data
 * directory's lock, so any server found is known to belong to a dead owner.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    static void clear(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(process -> isPostgresOf(process, dataDirectory));
        if (orphan.isPresent()) {
            stop(orphan.get());
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        try {
            return Optional.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                    .replace('\0', ' ');
            return cmdline.contains("postgres") && cmdline.contains(dataDirectory.toString());
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGTERM first (PostgreSQL's smart shutdown), SIGKILL if it does not go. */
    private static void stop(ProcessHandle orphan) {
        log.warn("stopping orphaned PostgreSQL server (pid {}) left by an instance that did not shut down", orphan.pid());
        orphan.destroy();
        if (!exited(orphan, SHUTDOWN_WAIT)) {
            orphan.destroyForcibly();
            if (!exited(orphan, SHUTDOWN_WAIT)) {
                throw new IllegalStateException("cannot stop the orphaned PostgreSQL server (pid " + orphan.pid() + ")");
            }
        }
    }

    /** Bounded: an orphan whose new parent never reaps it stays a zombie, which counts as gone. */
    private static boolean exited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return isZombie(process);
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isZombie(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException gone) {
            return true;
        }
    }
}
