package org.livesurvey.ingest.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.livesurvey.embedded.postgres.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server per test JVM, started on first use in a temporary data directory and stopped when the
 * JVM exits. Each test asks for a fresh database, so tests never see each other's rows.
 */
public final class EmbeddedPostgresForTests {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresForTests() {
    }

    /** Creates an empty database on the shared server. */
    public static synchronized TestDatabase newDatabase() {
        String name = "test_" + DATABASES.incrementAndGet();
        server().createDatabase(name);
        return new TestDatabase(name, server().jdbcUrl(name));
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    /** A shutdown hook stops the server and deletes its temporary directory when the JVM exits. */
    private static EmbeddedPostgres start() {
        try {
            Path root = Files.createTempDirectory("livesurvey-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.start(root.resolve("pg"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                postgres.close();
                deleteQuietly(root);
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests", e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind costs nothing but disk space
        }
    }

    /** A database of the shared server: its JDBC URL (user {@code postgres}, no password) and a data source. */
    public record TestDatabase(String name, String jdbcUrl) {

        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(jdbcUrl);
            dataSource.setUser("postgres");
            return dataSource;
        }
    }
}
