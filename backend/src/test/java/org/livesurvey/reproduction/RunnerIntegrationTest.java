package org.livesurvey.reproduction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on the real embedded PostgreSQL, synced from a fixture with the DyMU and OTC papers and their
 * claims. The in-app runner is off, as in every test context: these tests drive workers of their own (over the real
 * experiments or {@link FakeExperiments}) so that each decides what runs when. Reproductions are inserted per test
 * and removed after it, with their runs. Every subclass has the same configuration, so they share one context.
 */
@SpringBootTest(properties = {
        "livesurvey.taxonomy-dir=src/test/resources/taxonomy/runner",
        "livesurvey.admin-token=" + RunnerIntegrationTest.ADMIN_TOKEN,
        "livesurvey.runner.experiments-dir=../runner/experiments",
        "livesurvey.runner.result-schema=../runner/result.schema.json"})
@AutoConfigureMockMvc
abstract class RunnerIntegrationTest {

    static final String ADMIN_TOKEN = "runner-integration-test-token";
    static final String DYMU = "2504.17040";
    static final String OTC = "2504.14870";

    private static final Path DATA_DIR = newDirectory("runner-");
    static final Path FAKE_EXPERIMENTS = FakeExperiments.create(newDirectory("fake-experiments-"));
    /** Beats for the workers of all tests of this JVM, as one instance's workers share one heartbeat thread. */
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "test-heartbeats");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunQueue queue;
    @Autowired
    RunRecorder recorder;
    @Autowired
    ResultValidator validator;
    @Autowired
    HostFacts host;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("livesurvey.data-dir", DATA_DIR::toString);
    }

    @AfterEach
    void removeTheTestsReproductionsWithTheirRuns() {
        jdbc.sql("delete from reproduction").update();
    }

    /** A reproduction of the fixture's papers; {@link TestReproduction#insert} stores it. */
    TestReproduction reproduction(String id, String paperId, String experiment) {
        return new TestReproduction(jdbc, id, paperId, experiment);
    }

    /** A worker of CPU jobs over the given experiments, as the in-app runner would make it. */
    RunWorker worker(String id, Path experimentsDir, Duration lease, int maxAttempts) {
        JobExecutor executor = new JobExecutor(Path.of("/usr/bin/python3"), experimentsDir,
                DATA_DIR.resolve("runs"), 64 * 1024, validator, queue, recorder, host);
        return new RunWorker(id, EnumSet.of(HardwareClass.CPU), queue, executor, lease, maxAttempts, HEARTBEATS);
    }

    Map<String, Object> run(long runId) {
        return jdbc.sql("""
                        select status, origin, attempts, worker_id, failure_reason, log, provenance::text as provenance,
                            metrics::text as metrics, finished_at, lease_expires_at
                        from run where id = :id""")
                .param("id", runId).query().singleRow();
    }

    long onlyRunOf(String reproductionId) {
        return jdbc.sql("select id from run where reproduction_id = :id").param("id", reproductionId)
                .query(Long.class).single();
    }

    List<Map<String, Object>> verdicts(long runId) {
        return jdbc.sql("select * from run_verdict where run_id = :id order by position").param("id", runId)
                .query().listOfRows();
    }

    /** Polls the run until the condition holds: for states that another thread brings about. */
    Map<String, Object> awaitRun(long runId, Predicate<Map<String, Object>> condition, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> row = run(runId);
        while (!condition.test(row)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("run " + runId + " still " + row + " after " + timeout);
            }
            Thread.sleep(50);
            row = run(runId);
        }
        return row;
    }

    /** Under target/, so that {@code mvn clean} removes it. */
    private static Path newDirectory(String prefix) {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
