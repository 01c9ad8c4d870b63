package org.livesurvey.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.RunningApplicationTest;

/**
 * The application as separate processes on one data directory: what survives a restart and a {@code kill -9}, and
 * what a second instance is told. Each start is a fresh JVM with its own embedded PostgreSQL.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class ApplicationProcessTest {

    private static final Path SMALL = Path.of(RunningApplicationTest.SMALL_TAXONOMY).toAbsolutePath();
    private static final Path INVALID = Path.of("src/test/resources/taxonomy/invalid").toAbsolutePath();
    private static final String DYMU = "/api/v1/papers/2504.17040";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workDir;

    private Path dataDir;

    @AfterEach
    void stopAnyServerLeftBehind() throws IOException {
        if (dataDir != null) {
            postmasterPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aRestartKeepsTheDataAndAnInvalidTaxonomyLeavesTheLastGoodDataServed() throws IOException {
        dataDir = workDir.resolve("data");
        String paperBefore;
        try (AppProcess first = AppProcess.start(workDir, "first", dataDir, SMALL).awaitReady()) {
            paperBefore = first.get(DYMU).body();
            assertThat(first.get(DYMU).statusCode()).isEqualTo(200);
            first.stop();
        }
        assertThat(dataDir.resolve("pg/postmaster.pid")).as("a graceful stop stops PostgreSQL").doesNotExist();

        try (AppProcess second = AppProcess.start(workDir, "second", dataDir, INVALID).awaitReady()) {
            assertThat(second.output())
                    .contains("2501.00001.yaml:6: categories[0]: unknown category 'efficiency/no-such-node'")
                    .contains("nothing was synced, serving the last good data");
            assertThat(second.get(DYMU).body()).as("same version and last change").isEqualTo(paperBefore);
            assertThat(second.get("/api/v1/papers/2501.00001").statusCode()).isEqualTo(404);
            assertThat(second.get("/").body()).contains("<strong id=\"paper-count\">3</strong>");
        }
    }

    @Test
    void aRestartAfterKillMinus9StopsTheOrphanedServerAndFindsTheDataIntact() throws IOException {
        dataDir = workDir.resolve("data");
        String paperBefore;
        long orphanPid;
        try (AppProcess first = AppProcess.start(workDir, "first", dataDir, SMALL).awaitReady()) {
            paperBefore = first.get(DYMU).body();
            first.kill();
            orphanPid = postmasterPid().orElseThrow();
            assertThat(ProcessHandle.of(orphanPid)).as("PostgreSQL outlives its killed owner")
                    .hasValueSatisfying(server -> assertThat(server.isAlive()).isTrue());
        }

        try (AppProcess second = AppProcess.start(workDir, "second", dataDir, SMALL,
                "--livesurvey.sync-on-startup=false").awaitReady()) {
            assertThat(second.get("/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(second.get(DYMU).body()).isEqualTo(paperBefore);
            assertThat(second.get("/").body()).contains("<strong id=\"paper-count\">3</strong>");
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("the orphan was stopped").isEmpty();
            assertThat(postmasterPid()).hasValueSatisfying(pid -> assertThat(pid).isNotEqualTo(orphanPid));
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryFailsClearlyWhileTheFirstKeepsServing() {
        dataDir = workDir.resolve("data");
        try (AppProcess first = AppProcess.start(workDir, "first", dataDir, SMALL).awaitReady()) {
            AppProcess second = AppProcess.start(workDir, "second", dataDir, SMALL);

            int status = second.awaitExit(Duration.ofMinutes(2));

            assertThat(status).isNotZero();
            assertThat(second.output()).contains("another LiveSurvey instance is using data directory "
                    + dataDir.toAbsolutePath().normalize() + " (lock held)")
                    .as("reported by the failure analyzer, not as a stack trace")
                    .contains("Stop the other instance, or start this one with another data directory");
            assertThat(first.get(DYMU).statusCode()).isEqualTo(200);
            assertThat(first.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        }
    }

    private Optional<Long> postmasterPid() throws IOException {
        Path pidFile = dataDir.resolve("pg/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
    }
}
