package org.livesurvey.embedded.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server on 127.0.0.1 with a persistent data directory, started as a child process.
 * Unlike test-oriented launchers it keeps {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, so
 * a crash never loses a committed row, and it recovers from an owner that was killed with {@code kill -9}.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final Process server;
    private final FileChannel lockChannel; // holds the data directory's lock until closed

    private EmbeddedPostgres(Path dataDirectory, int port, Process server, FileChannel lockChannel) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.server = server;
        this.lockChannel = lockChannel;
    }

    /**
     * Starts a server on the given data directory, creating the cluster on first use.
     *
     * @throws DataDirectoryInUseException when another process already uses the directory
     */
    public static EmbeddedPostgres start(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path lockFile = data.resolveSibling(data.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(data.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (!tryLock(channel)) {
                throw DataDirectoryInUseException.forDirectory(data, lockFile);
            }
            Path bin = PostgresBinaries.binDirectory(Path.of(System.getProperty("java.io.tmpdir"), "livesurvey-postgres"));
            StalePostmaster.clear(data);
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initdb(bin, data);
            }
            int port = freePort();
            Process server = startServer(bin, data, port);
            EmbeddedPostgres postgres = new EmbeddedPostgres(data, port, server, channel);
            postgres.awaitReady();
            log.info("PostgreSQL ready on 127.0.0.1:{} (data directory {})", port, data);
            return postgres;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot start PostgreSQL on " + data, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** A JDBC URL for a database of this server, connecting as the superuser. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    public String jdbcUrl() {
        return jdbcUrl(SUPERUSER);
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String user() {
        return SUPERUSER;
    }

    /** Creates a database unless it exists. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl());
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** Fast shutdown: active transactions are rolled back, committed ones are already on disk. */
    @Override
    public void close() {
        try {
            if (server.isAlive()) {
                new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start().waitFor();
                if (!server.waitFor(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            }
        } catch (IOException e) {
            server.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroy();
        } finally {
            closeQuietly(lockChannel);
            log.info("PostgreSQL on {} stopped", dataDirectory);
        }
    }

    private static void initdb(Path bin, Path data) throws IOException {
        log.info("creating a PostgreSQL cluster in {}", data);
        Files.createDirectories(data);
        run(UnprivilegedCommand.of(bin.resolve("initdb"), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-instructions"), data.resolveSibling(data.getFileName() + "-initdb.log"));
    }

    private static Process startServer(Path bin, Path data, int port) throws IOException {
        List<String> command = new ArrayList<>(UnprivilegedCommand.of(bin.resolve("postgres"),
                "-D", data.toString(), "-p", Integer.toString(port)));
        for (String setting : List.of("listen_addresses=127.0.0.1", "unix_socket_directories=", "fsync=on",
                "synchronous_commit=on", "full_page_writes=on", "max_connections=100", "log_min_messages=warning")) {
            command.add("-c");
            command.add(setting);
        }
        Path logFile = data.resolveSibling(data.getFileName() + ".log");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with status " + server.exitValue()
                        + " while starting; see " + dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log"));
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl())) {
                return;
            } catch (SQLException notYet) {
                sleep(Duration.ofMillis(100));
            }
        }
        close();
        throw new IllegalStateException("PostgreSQL did not accept connections within " + STARTUP_TIMEOUT);
    }

    private static void run(List<String> command, Path logFile) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        try {
            if (process.waitFor() != 0) {
                throw new IOException("initdb failed with status " + process.exitValue() + ": "
                        + Files.readString(logFile).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + command, e);
        }
    }

    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // releasing the lock on close is all that matters; the OS releases it at exit anyway
            }
        }
    }
}
