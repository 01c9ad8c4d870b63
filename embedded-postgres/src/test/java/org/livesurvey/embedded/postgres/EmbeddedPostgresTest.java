package org.livesurvey.embedded.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @TempDir
    Path temp;

    @Test
    void keepsCommittedRowsAcrossRestarts() throws Exception {
        Path data = temp.resolve("pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            execute(postgres.jdbcUrl(), "create table note (text text)", "insert into note values ('kept')");
            assertThat(queryString(postgres.jdbcUrl(), "show fsync")).isEqualTo("on");
            assertThat(queryString(postgres.jdbcUrl(), "show synchronous_commit")).isEqualTo("on");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            assertThat(queryString(postgres.jdbcUrl(), "select text from note")).isEqualTo("kept");
        }
    }

    @Test
    void refusesASecondServerOnTheSameDataDirectory() {
        Path data = temp.resolve("pg");
        try (EmbeddedPostgres first = EmbeddedPostgres.start(data)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(data))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(data.toString())
                    .hasMessageContaining("in use by another process");
            assertThat(first.jdbcUrl()).contains(Integer.toString(first.port()));
        }
    }

    @Test
    void recoversAfterItsOwnerWasKilled() throws Exception {
        Path data = temp.resolve("pg");
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PostgresOwner.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith(PostgresOwner.READY));
            assertThat(line).as("the owner process reports a committed row").isNotNull();
        }
        owner.destroyForcibly(); // SIGKILL: no shutdown hook runs, the server is orphaned
        assertThat(owner.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("postmaster.pid")).exists();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            assertThat(queryString(postgres.jdbcUrl(), "select text from note")).isEqualTo("committed before the kill");
        }
        assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();
    }

    static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static String queryString(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
