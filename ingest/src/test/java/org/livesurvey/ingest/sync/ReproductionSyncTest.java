package org.livesurvey.ingest.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.Reproduction;
import org.livesurvey.ingest.model.Taxonomy;

/** Reproduction specs are synced with the papers: added, rewritten in place, removed, and left alone when unchanged. */
class ReproductionSyncTest {

    /** Paper 3 of {@link TestTaxonomy} claims a speed-up of 3% (a value) and an accuracy kept of 95% to 99.5%. */
    private static final String SPEED_CPU = """
            id: speed-cpu
            paper: "2501.00003"
            experiment: speed
            hardware: cpu
            config: cpu
            schedule: P7D
            parameters: {steps: 20, layers: [2, 4]}
            checks:
              - claim: speed-up
                metric: speedup.fast
                rule: within
                tolerance: 1.5
              - claim: accuracy-kept
                metric: accuracy_retained.fast
                rule: within
                tolerance: 0
            """;
    private static final String SPEED_GPU = """
            id: speed-gpu
            paper: "2501.00003"
            experiment: speed
            hardware: gpu
            config: gpu
            seed: 7
            timeout: PT15M
            checks:
              - claim: speed-up
                metric: speedup.fast
                rule: at-least
            """;

    @TempDir
    Path temp;

    private DataSource dataSource;
    private Queries db;
    private TestTaxonomy taxonomy;
    private TaxonomySync sync;

    @BeforeEach
    void freshDatabaseAndATaxonomyBesideItsRunner() throws IOException {
        dataSource = EmbeddedPostgresForTests.newDatabase().dataSource();
        DatabaseMigrator.migrate(dataSource);
        db = new Queries(dataSource);
        taxonomy = TestTaxonomy.in(temp.resolve("taxonomy"));
        taxonomy.writeRange(1, 6);
        Files.createDirectories(temp.resolve("runner/experiments/speed"));
        Files.writeString(temp.resolve("runner/experiments/speed/run.py"), "# the validator only looks for it\n");
        sync = new TaxonomySync(dataSource);
    }

    @Test
    void aNewSpecIsAddedWithItsChecksInTheSameSyncAsItsPaper() throws IOException {
        writeSpec("speed-cpu", SPEED_CPU);
        writeSpec("speed-gpu", SPEED_GPU);

        SyncReport report = syncDir();

        assertThat(report.added()).isEqualTo(6);
        assertThat(report.reproductions().addedIds()).containsExactlyInAnyOrder("speed-cpu", "speed-gpu");
        assertThat(report.reproductions()).extracting(SyncReport.ReproductionChanges::changed,
                SyncReport.ReproductionChanges::removed, SyncReport.ReproductionChanges::unchanged)
                .containsExactly(0, 0, 0);
        assertThat(report.summary()).endsWith("; reproductions: 2 added, 0 changed, 0 removed");
        assertThat(db.column("select concat_ws('|', id, paper_id, experiment, hardware, config, parameters::text,"
                + " seed, coalesce(schedule, '-'), timeout_seconds) from reproduction order by id")).containsExactly(
                "speed-cpu|2501.00003|speed|cpu|cpu|{\"steps\": 20, \"layers\": [2, 4]}|0|P7D|600",
                "speed-gpu|2501.00003|speed|gpu|gpu|{}|7|-|900");
        assertThat(db.column("select concat_ws('|', reproduction_id, position, claim_id, metric, rule, tolerance)"
                + " from reproduction_check order by reproduction_id, position")).containsExactly(
                "speed-cpu|0|speed-up|speedup.fast|within|1.5",
                "speed-cpu|1|accuracy-kept|accuracy_retained.fast|within|0",
                "speed-gpu|0|speed-up|speedup.fast|at-least|0");
        assertThat(db.one("select concat_ws(' ', added, reproductions_added, reproductions_changed,"
                + " reproductions_removed) from sync_run")).isEqualTo("6 2 0 0");
    }

    @Test
    void aSecondSyncWithoutChangeWritesNothing() throws IOException {
        writeSpec("speed-cpu", SPEED_CPU);
        syncDir();
        String before = DatabaseDump.of(dataSource);
        // the same parameters in another order are the same spec
        writeSpec("speed-cpu", SPEED_CPU.replace("{steps: 20, layers: [2, 4]}", "{layers: [2, 4], steps: 20}"));

        SyncReport second = syncDir();

        assertThat(second.hasChanges()).isFalse();
        assertThat(second.reproductions().unchanged()).isEqualTo(1);
        assertThat(DatabaseDump.of(dataSource)).isEqualTo(before);
    }

    @Test
    void anEditedSpecIsRewrittenInPlaceSoWhatReferencesItStays() throws IOException, SQLException {
        writeSpec("speed-cpu", SPEED_CPU);
        writeSpec("speed-gpu", SPEED_GPU);
        syncDir();
        String otherSpecBefore = db.one("select r::text from reproduction r where id = 'speed-gpu'");
        String hashBefore = db.one("select content_hash from reproduction where id = 'speed-cpu'");
        addRunsReferencing("speed-cpu");
        writeSpec("speed-cpu", """
                id: speed-cpu
                paper: "2501.00003"
                experiment: speed
                hardware: cpu
                config: smoke
                timeout: PT2M
                checks:
                  - claim: accuracy-kept
                    metric: accuracy_retained.fast
                    rule: within
                    tolerance: 2
                """);

        SyncReport report = syncDir();

        assertThat(report.reproductions().changedIds()).containsExactly("speed-cpu");
        assertThat(report.reproductions().unchanged()).isEqualTo(1);
        assertThat(report.hasChanges()).isTrue();
        assertThat(report).extracting(SyncReport::added, SyncReport::changed, SyncReport::removed)
                .containsExactly(0, 0, 0);
        assertThat(db.one("select concat_ws('|', config, parameters::text, coalesce(schedule, '-'), timeout_seconds)"
                + " from reproduction where id = 'speed-cpu'")).isEqualTo("smoke|{}|-|120");
        assertThat(db.one("select content_hash from reproduction where id = 'speed-cpu'")).isNotEqualTo(hashBefore);
        assertThat(db.column("select concat_ws('|', position, claim_id, tolerance) from reproduction_check"
                + " where reproduction_id = 'speed-cpu' order by position")).containsExactly("0|accuracy-kept|2");
        assertThat(db.one("select r::text from reproduction r where id = 'speed-gpu'")).isEqualTo(otherSpecBefore);
        assertThat(db.count("select count(*) from run_stand_in")).isEqualTo(2);
        assertThat(db.column("select concat_ws(' ', added, changed, removed, reproductions_added,"
                + " reproductions_changed, reproductions_removed) from sync_run order by id"))
                .containsExactly("6 0 0 2 0 0", "0 0 0 0 1 0");
    }

    @Test
    void aDeletedSpecFileDeletesTheSpecItsChecksAndWhatReferencesIt() throws IOException, SQLException {
        writeSpec("speed-cpu", SPEED_CPU);
        writeSpec("speed-gpu", SPEED_GPU);
        syncDir();
        addRunsReferencing("speed-cpu");
        Files.delete(specFile("speed-cpu"));

        SyncReport report = syncDir();

        assertThat(report.reproductions().removedIds()).containsExactly("speed-cpu");
        assertThat(report.summary()).endsWith("; reproductions: 0 added, 0 changed, 1 removed");
        assertThat(db.column("select id from reproduction")).containsExactly("speed-gpu");
        assertThat(db.column("select distinct reproduction_id from reproduction_check")).containsExactly("speed-gpu");
        assertThat(db.count("select count(*) from run_stand_in")).isZero();
    }

    @Test
    void aSpecCanMoveToAnotherPaperWhileItsOldPaperIsDeleted() throws IOException {
        writeSpec("speed-cpu", SPEED_CPU);
        syncDir();
        taxonomy.delete("2501.00003");
        writeSpec("speed-cpu", SPEED_CPU.replace("2501.00003", "2501.00006"));

        SyncReport report = syncDir();

        assertThat(report.removedIds()).containsExactly("2501.00003");
        assertThat(report.reproductions().changedIds()).containsExactly("speed-cpu");
        assertThat(db.one("select paper_id from reproduction where id = 'speed-cpu'")).isEqualTo("2501.00006");
        assertThat(db.count("select count(*) from reproduction_check where reproduction_id = 'speed-cpu'"))
                .isEqualTo(2);
    }

    @Test
    void aSpecOfAPaperNotInTheTaxonomyIsRefusedBeforeAnythingIsWritten() {
        Taxonomy papersOnly = TaxonomySync.readValid(taxonomy.dir());
        Reproduction orphan = new Reproduction("orphan", "2599.99999", "speed", "cpu", "cpu", Map.of(), 0, null,
                Duration.ofMinutes(10), List.of(new Reproduction.ClaimCheck("speed-up", "speedup", "within", 1)));
        Reproduction wrongClaim = new Reproduction("wrong-claim", "2501.00003", "speed", "cpu", "cpu", Map.of(), 0,
                null, Duration.ofMinutes(10), List.of(new Reproduction.ClaimCheck("slow-down", "speedup", "at-most", 0)));
        Taxonomy withBadSpecs = new Taxonomy(papersOnly.categories(), papersOnly.papers(), List.of(orphan, wrongClaim));

        assertThatThrownBy(() -> sync.sync(withBadSpecs, SyncTrigger.CLI, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the taxonomy cannot be synced: reproduction orphan names the unknown paper 2599.99999;"
                        + " reproduction wrong-claim checks the claim slow-down that paper 2501.00003 does not make");
        assertThat(db.count("select count(*) from paper")).isZero();
    }

    private SyncReport syncDir() {
        return sync.syncDirectory(taxonomy.dir(), SyncTrigger.CLI, null);
    }

    private Path specFile(String id) {
        return taxonomy.dir().resolve("reproductions").resolve(id + ".yaml");
    }

    private void writeSpec(String id, String yaml) throws IOException {
        Files.createDirectories(specFile(id).getParent());
        Files.writeString(specFile(id), yaml);
    }

    /** Stands in for the runner's table of runs, which references a spec the same way. */
    private void addRunsReferencing(String reproductionId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists run_stand_in (id serial primary key, reproduction_id text"
                    + " not null references reproduction (id) on delete cascade)");
            statement.execute("insert into run_stand_in (reproduction_id) values ('" + reproductionId + "'), ('"
                    + reproductionId + "')");
        }
    }
}
