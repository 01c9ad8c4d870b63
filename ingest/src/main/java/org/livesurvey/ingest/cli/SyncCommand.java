package org.livesurvey.ingest.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.api.output.MigrateResult;
import org.livesurvey.ingest.model.Taxonomy;
import org.livesurvey.ingest.sync.DatabaseMigrator;
import org.livesurvey.ingest.sync.GitRevision;
import org.livesurvey.ingest.sync.InvalidTaxonomyException;
import org.livesurvey.ingest.sync.SyncProgressListener;
import org.livesurvey.ingest.sync.SyncReport;
import org.livesurvey.ingest.sync.SyncTrigger;
import org.livesurvey.ingest.sync.TaxonomySync;
import org.livesurvey.ingest.taxonomy.Problem;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code sync [taxonomy-dir] --jdbc-url URL [--user U] [--password P] [--revision COMMIT]}: validates the taxonomy
 * and, when it has no problem, migrates the database and makes it equal to the taxonomy in one transaction. A taxonomy
 * with problems ends the command before it connects to the database.
 */
public final class SyncCommand implements CliCommand {

    /**
     * Test hook, read from the system property of the same name: the sync stops for a long while, inside its
     * transaction, once this many papers were written. The kill -9 test needs a sync that is reliably half-way
     * through when it kills the process; a real sync is too quick to hit by timing.
     */
    private static final String PAUSE_AFTER_PAPERS = "livesurvey.sync.pauseAfterPapers";
    private static final String APPLICATION_NAME = "livesurvey-ingest sync";
    private static final long PAUSE_MILLIS = 600_000;
    /** Flyway logs every step at INFO; the command prints one line of its own instead. Held so it is not collected. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final Map<String, String> environment;

    public SyncCommand() {
        this(System.getenv());
    }

    /** @param environment where {@code LIVESURVEY_JDBC_URL}, {@code _USER} and {@code _PASSWORD} are looked up */
    public SyncCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String usage() {
        return "sync [taxonomy-dir] --jdbc-url URL [--user U] [--password P] [--revision COMMIT]"
                + "   make PostgreSQL equal to the taxonomy (default dir: taxonomy; URL also from LIVESURVEY_JDBC_URL)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        SyncArguments arguments = SyncArguments.parse(args, environment);
        if (!Files.isDirectory(arguments.taxonomyDir())) {
            throw new IllegalArgumentException("no taxonomy directory at " + arguments.taxonomyDir());
        }
        Taxonomy taxonomy;
        try {
            taxonomy = TaxonomySync.readValid(arguments.taxonomyDir());
        } catch (InvalidTaxonomyException e) {
            for (Problem problem : e.problems()) {
                err.println(problem.format());
            }
            err.println(e.problems().size() + " problem(s): nothing was synced");
            return 1;
        }
        PGSimpleDataSource dataSource = dataSource(arguments);
        FLYWAY_LOG.setLevel(Level.WARNING);
        MigrateResult migration = DatabaseMigrator.migrate(dataSource);
        out.println(migration.migrationsExecuted == 0
                ? "database schema up to date (version " + migration.initialSchemaVersion + ")"
                : "database schema migrated to version " + migration.targetSchemaVersion + " ("
                        + migration.migrationsExecuted + " migrations applied)");
        SyncReport report = new TaxonomySync(dataSource, pauseHook(out))
                .sync(taxonomy, SyncTrigger.CLI, arguments.revision());
        out.println(report.summary());
        return 0;
    }

    private static PGSimpleDataSource dataSource(SyncArguments arguments) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(arguments.jdbcUrl());
        if (arguments.user() != null) {
            dataSource.setUser(arguments.user());
        }
        if (arguments.password() != null) {
            dataSource.setPassword(arguments.password());
        }
        // lets an operator (and the kill test) find this connection in pg_stat_activity
        dataSource.setApplicationName(APPLICATION_NAME);
        // the sync sends its rows in batches; rewritten into multi-row inserts they travel much faster
        dataSource.setReWriteBatchedInserts(true);
        return dataSource;
    }

    private static SyncProgressListener pauseHook(PrintStream out) {
        Integer pauseAfter = Integer.getInteger(PAUSE_AFTER_PAPERS);
        if (pauseAfter == null) {
            return SyncProgressListener.NONE;
        }
        return new SyncProgressListener() {
            private boolean paused;

            @Override
            public void papersWritten(int papersWritten) {
                if (paused || papersWritten < pauseAfter) {
                    return;
                }
                paused = true;
                out.println("sync paused inside its transaction after " + papersWritten + " papers");
                out.flush();
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** The parsed command line. */
    record SyncArguments(Path taxonomyDir, String jdbcUrl, String user, String password, String revision) {

        static SyncArguments parse(List<String> args, Map<String, String> environment) {
            Path taxonomyDir = null;
            String jdbcUrl = environment.get("LIVESURVEY_JDBC_URL");
            String user = environment.get("LIVESURVEY_JDBC_USER");
            String password = environment.get("LIVESURVEY_JDBC_PASSWORD");
            String revision = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--jdbc-url" -> jdbcUrl = valueOf(args, ++i, arg);
                    case "--user" -> user = valueOf(args, ++i, arg);
                    case "--password" -> password = valueOf(args, ++i, arg);
                    case "--revision" -> revision = valueOf(args, ++i, arg);
                    default -> {
                        if (arg.startsWith("--") || taxonomyDir != null) {
                            throw new IllegalArgumentException("unexpected argument " + arg);
                        }
                        taxonomyDir = Path.of(arg);
                    }
                }
            }
            if (jdbcUrl == null || jdbcUrl.isBlank()) {
                throw new IllegalArgumentException("no database: give --jdbc-url or set LIVESURVEY_JDBC_URL");
            }
            if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                // the URL itself is not echoed: it may carry a password
                throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL URL: jdbc:postgresql://host/db");
            }
            Path directory = taxonomyDir == null ? Path.of("taxonomy") : taxonomyDir;
            return new SyncArguments(directory, jdbcUrl, user, password,
                    revision != null ? revision : GitRevision.of(directory).orElse(null));
        }

        private static String valueOf(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }
    }
}
