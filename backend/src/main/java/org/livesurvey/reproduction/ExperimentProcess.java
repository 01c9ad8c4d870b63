package org.livesurvey.reproduction;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one experiment as a child process: in its own working directory, stdout and stderr together into a
 * {@link CappedLog}, stopped with its whole process tree when it outlives its timeout or when it is asked to stop.
 */
final class ExperimentProcess {

    /** How often the wait looks at the clock and at stop requests; a stop takes effect within this. */
    private static final long TICK_MILLIS = 100;
    /** How long a stopped process tree may take to exit after SIGTERM before it gets SIGKILL. */
    static final Duration KILL_GRACE = Duration.ofSeconds(5);
    /** How long to wait for the last output after the process ended. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);

    private ExperimentProcess() {
    }

    /**
     * @param exitCode  the exit status; {@code null} when the runner stopped it
     * @param stopCause why the runner stopped it; {@code null} when it ended by itself
     * @param processes how many processes the stopped tree had (0 when it ended by itself)
     */
    record Outcome(Integer exitCode, StopCause stopCause, CappedLog log, Duration elapsed, int processes) {
    }

    /**
     * @param stop set by another thread to stop the process early; read every {@value #TICK_MILLIS} ms
     * @throws IOException when the process cannot be started
     */
    static Outcome run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
                       int logCapBytes, AtomicReference<StopCause> stop) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long startNanos = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        CappedLog log = new CappedLog(logCapBytes);
        Thread reader = new Thread(() -> log.readFrom(process.getInputStream()), "experiment-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();

        StopCause cause = awaitExit(process, startNanos + timeout.toNanos(), stop);
        int processes = cause == null ? 0 : ProcessTree.kill(process.toHandle(), KILL_GRACE);
        drain(reader, process);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        return new Outcome(cause == null ? process.exitValue() : null, cause, log, elapsed, processes);
    }

    /** @return why it must be stopped, or {@code null} once it has exited by itself */
    private static StopCause awaitExit(Process process, long deadlineNanos, AtomicReference<StopCause> stop) {
        while (true) {
            try {
                if (process.waitFor(TICK_MILLIS, TimeUnit.MILLISECONDS)) {
                    return null;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return StopCause.SHUTDOWN;
            }
            if (stop.get() != null) {
                return stop.get();
            }
            if (System.nanoTime() - deadlineNanos >= 0) {
                return StopCause.TIMEOUT;
            }
        }
    }

    /**
     * The output pipe closes when the last process holding it exits; a grandchild that escaped the tree (a daemon
     * that re-parented itself) could hold it open for ever, so the wait is bounded and the pipe closed after it.
     */
    private static void drain(Thread reader, Process process) {
        try {
            reader.join(DRAIN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reader.isAlive()) {
            try {
                process.getInputStream().close();
            } catch (IOException ignored) {
                // closing is only to unblock the reader
            }
        }
    }
}
