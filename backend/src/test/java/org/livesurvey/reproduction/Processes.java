package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Whether processes that a test's experiments started are still there. */
final class Processes {

    private Processes() {
    }

    /**
     * Alive and not a zombie: a killed grandchild is re-parented to init, which may reap it a moment later; until
     * then it is dead but still listed.
     */
    static boolean isRunning(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException gone) {
                return false;
            }
        }
        return false;
    }

    /** Waits up to ten seconds for a process that was sent SIGTERM to be gone (reaping may take a moment). */
    static void awaitGone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && isRunning(pid); i++) {
            Thread.sleep(100);
        }
        assertThat(isRunning(pid)).as("grandchild %d still running", pid).isFalse();
    }

    /** Waits until the file an experiment writes its child's pid to is there, and reads it. */
    static long awaitPid(Path pidFile, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
                return Long.parseLong(Files.readString(pidFile).strip());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no pid in " + pidFile + " after " + timeout);
    }
}
