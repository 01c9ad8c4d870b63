package org.livesurvey.ingest.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.cli.SyncCommand;

/** The {@code sync} command: validates, migrates, syncs and reports; a taxonomy with problems ends with status 1. */
class SyncCommandTest {

    @TempDir
    Path dir;

    private EmbeddedPostgresForTests.TestDatabase database;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void freshDatabase() {
        database = EmbeddedPostgresForTests.newDatabase();
    }

    @Test
    void migratesAnEmptyDatabaseSyncsAndReportsThenFindsNothingToDo() throws Exception {
        TestTaxonomy.in(dir).writeRange(1, 3);

        assertThat(run(Map.of(), dir.toString(), "--jdbc-url", database.jdbcUrl(), "--user", "postgres",
                "--revision", "0123abc")).isZero();
        assertThat(run(Map.of(), dir.toString(), "--jdbc-url", database.jdbcUrl(), "--user", "postgres")).isZero();

        assertThat(lines(out)).hasSize(4);
        // every migration is applied to an empty database, whichever is the latest
        Matcher migrated = Pattern.compile("database schema migrated to version (\\d+) \\((\\d+) migrations applied\\)")
                .matcher(lines(out).get(0));
        assertThat(migrated.matches()).as(lines(out).get(0)).isTrue();
        assertThat(migrated.group(2)).isEqualTo(migrated.group(1));
        assertThat(lines(out).get(1)).startsWith("synced in ").contains("3 added, 0 changed, 0 removed");
        assertThat(lines(out).get(2)).isEqualTo("database schema up to date (version " + migrated.group(1) + ")");
        assertThat(lines(out).get(3)).startsWith("no changes: 3 papers already up to date");
        assertThat(new Queries(database.dataSource()).one("select triggered_by || ' ' || revision from sync_run"))
                .isEqualTo("cli 0123abc");
    }

    @Test
    void takesTheDatabaseFromTheEnvironment() throws Exception {
        TestTaxonomy.in(dir).writeRange(1, 2);
        Map<String, String> environment = Map.of("LIVESURVEY_JDBC_URL", database.jdbcUrl(),
                "LIVESURVEY_JDBC_USER", "postgres");

        assertThat(run(environment, dir.toString())).isZero();

        assertThat(new Queries(database.dataSource()).count("select count(*) from paper")).isEqualTo(2);
    }

    @Test
    void aTaxonomyWithProblemsPrintsEachAsPathLineMessageExitsOneAndSyncsNothing() throws Exception {
        TestTaxonomy taxonomy = TestTaxonomy.in(dir).writeRange(1, 3);
        Path broken = taxonomy.fileOf("2501.00001");
        Files.writeString(broken, Files.readString(broken)
                .replace("efficiency/reasoning-economy/long2short-rl", "efficiency/no-such-node"));

        int status = run(Map.of(), dir.toString(), "--jdbc-url", database.jdbcUrl(), "--user", "postgres");

        assertThat(status).isEqualTo(1);
        assertThat(lines(err)).anySatisfy(line -> assertThat(line)
                .matches(".*papers/2501\\.00001\\.yaml:\\d+: .*no-such-node.*"));
        assertThat(lines(err)).last().isEqualTo("1 problem(s): nothing was synced");
        assertThat(out.size()).isZero();
        assertThat(new Queries(database.dataSource()).count(
                "select count(*) from information_schema.tables where table_schema = 'public'"))
                .as("not even migrated").isZero();
    }

    @Test
    void refusesToRunWithoutADatabase() {
        TestTaxonomy.in(dir);

        assertThatThrownBy(() -> run(Map.of(), dir.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no database: give --jdbc-url or set LIVESURVEY_JDBC_URL");
        assertThatThrownBy(() -> run(Map.of(), dir.toString(), "--jdbc-url", "mysql://localhost/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }

    private int run(Map<String, String> environment, String... args) throws Exception {
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new SyncCommand(environment).run(List.of(args), outStream, errStream);
        }
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
