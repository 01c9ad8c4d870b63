package org.livesurvey.ingest.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.Paper;

/**
 * Kills the {@code sync} command with SIGKILL while it is inside its transaction, half-way through writing, and checks
 * that PostgreSQL rolled all of it back and that the next sync does the whole job.
 */
class SyncKillTest {

    /** The application name the sync command gives its connection (see SyncCommand). */
    private static final String SYNC_APPLICATION = "livesurvey-ingest sync";
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void aSyncKilledMidwayLeavesTheDatabaseAsItWasAndTheNextSyncCompletes() throws Exception {
        EmbeddedPostgresForTests.TestDatabase database = EmbeddedPostgresForTests.newDatabase();
        DataSource dataSource = database.dataSource();
        DatabaseMigrator.migrate(dataSource);
        Queries db = new Queries(dataSource);
        TestTaxonomy taxonomy = TestTaxonomy.in(dir).writeRange(1, 40);
        new TaxonomySync(dataSource).syncDirectory(dir, SyncTrigger.CLI, null);
        // the next sync edits 5 papers, removes 5 and adds 300: it writes them in two chunks and pauses after the first
        for (int n = 1; n <= 5; n++) {
            Paper p = TestTaxonomy.paper(n);
            taxonomy.write(new Paper(p.id(), "Edited title of paper " + n, p.authors(), p.published(), p.updated(),
                    p.venue(), p.identifiers(), p.links(), p.abstractText(), p.categories(), p.tags(),
                    p.contribution(), p.modality(), p.training(), p.claims(), p.sources()));
        }
        TestTaxonomy.idsOf(6, 10).forEach(taxonomy::delete);
        taxonomy.writeRange(41, 340);
        String before = DatabaseDump.of(dataSource);

        ChildSync killed = ChildSync.start(dir, database.jdbcUrl(), 200);
        try {
            assertThat(killed.awaitLine("sync paused inside its transaction"))
                    .isEqualTo("sync paused inside its transaction after 255 papers");
            assertThat(db.column("select state from pg_stat_activity where application_name = ? and datname = ?",
                    SYNC_APPLICATION, database.name())).containsExactly("idle in transaction");
            assertThat(db.count("select count(*) from paper")).as("uncommitted rows are not visible").isEqualTo(40);
        } finally {
            killed.kill();
        }
        assertThat(killed.exitCode()).as("killed by SIGKILL").isEqualTo(128 + 9);
        awaitNoSyncConnection(db, database.name());
        assertThat(DatabaseDump.of(dataSource)).isEqualTo(before);

        ChildSync next = ChildSync.start(dir, database.jdbcUrl(), null);
        assertThat(next.awaitExit()).as(next.output()).isZero();
        assertThat(next.output()).contains("300 added, 5 changed, 5 removed, 30 unchanged");
        List<String> expectedIds = new ArrayList<>(TestTaxonomy.idsOf(1, 5));
        expectedIds.addAll(TestTaxonomy.idsOf(11, 340));
        assertThat(db.column("select id from paper order by id")).isEqualTo(expectedIds);
        assertThat(db.column("select title from paper where id = '2501.00003'")).containsExactly(
                "Edited title of paper 3");
        assertThat(db.column("select concat_ws(' ', added, changed, removed, unchanged) from sync_run order by id"))
                .containsExactly("40 0 0 0", "300 5 5 30");
        assertThat(new TaxonomySync(dataSource).syncDirectory(dir, SyncTrigger.CLI, null).hasChanges()).isFalse();
    }

    /** The killed backend may take a moment to notice its client is gone and roll back. */
    private static void awaitNoSyncConnection(Queries db, String databaseName) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (db.count("select count(*) from pg_stat_activity where application_name = ? and datname = ?",
                SYNC_APPLICATION, databaseName) > 0) {
            assertThat(Instant.now()).as("the killed sync's connection is still open").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** {@code IngestCli sync} in a JVM of its own, its output read line by line. */
    private static final class ChildSync {

        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuffer output = new StringBuffer();

        private ChildSync(Process process) {
            this.process = process;
            Thread reader = new Thread(this::readOutput, "child-sync-output");
            reader.setDaemon(true);
            reader.start();
        }

        static ChildSync start(Path taxonomyDir, String jdbcUrl, Integer pauseAfterPapers) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path")));
            if (pauseAfterPapers != null) {
                command.add("-Dlivesurvey.sync.pauseAfterPapers=" + pauseAfterPapers);
            }
            command.addAll(List.of("org.livesurvey.ingest.cli.IngestCli", "sync", taxonomyDir.toString(),
                    "--jdbc-url", jdbcUrl, "--user", "postgres"));
            return new ChildSync(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        String awaitLine(String prefix) throws InterruptedException {
            Instant deadline = Instant.now().plus(CHILD_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && !process.isAlive() && lines.isEmpty()) {
                    throw new AssertionError("the sync ended before printing '" + prefix + "':\n" + output);
                }
            }
            throw new AssertionError("no line '" + prefix + "' within " + CHILD_TIMEOUT + ":\n" + output);
        }

        /** SIGKILL on Linux: no shutdown hook, no rollback by the client. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        int exitCode() {
            return process.exitValue();
        }

        int awaitExit() throws InterruptedException {
            if (!process.waitFor(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the sync did not finish within " + CHILD_TIMEOUT + ":\n" + output);
            }
            return process.exitValue();
        }

        String output() {
            return output.toString();
        }

        private void readOutput() {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.append(line).append('\n');
                    lines.add(line);
                }
            } catch (IOException e) {
                output.append("(output unreadable: ").append(e.getMessage()).append(")\n");
            }
        }
    }
}
