package org.livesurvey.benchmark.corpus;

import java.nio.file.Path;
import java.time.Duration;

import org.livesurvey.embedded.postgres.EmbeddedPostgres;
import org.livesurvey.ingest.model.Taxonomy;
import org.livesurvey.ingest.sync.DatabaseMigrator;
import org.livesurvey.ingest.sync.SyncProgressListener;
import org.livesurvey.ingest.sync.SyncReport;
import org.livesurvey.ingest.sync.SyncTrigger;
import org.livesurvey.ingest.sync.TaxonomySync;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Writes a corpus into the database of a data directory the way the application would find it: the embedded
 * PostgreSQL in {@code <data-dir>/pg}, the database {@code livesurvey}, the schema of the migrations, and the papers
 * through the same sync the application runs. The server is stopped again before this returns, so that the
 * application can take the directory over.
 */
public final class CorpusDatabase {

    /** The database the backend's embedded mode connects to. */
    static final String DATABASE = "livesurvey";

    private CorpusDatabase() {
    }

    /**
     * @param progress hears the number of papers written so far after each chunk (not yet committed then)
     */
    public static Written write(Taxonomy corpus, Path dataDirectory, SyncProgressListener progress) {
        long started = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory.resolve("pg"))) {
            postgres.createDatabase(DATABASE);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(postgres.jdbcUrl(DATABASE));
            // as the backend's pool does: batches of rows travel as multi-row inserts
            dataSource.setReWriteBatchedInserts(true);
            DatabaseMigrator.migrate(dataSource);
            Duration prepared = Duration.ofNanos(System.nanoTime() - started);
            SyncReport report = new TaxonomySync(dataSource, progress).sync(corpus, SyncTrigger.CLI, null);
            return new Written(report.added() + report.changed(), prepared, report.duration());
        }
    }

    /**
     * @param papers   papers inserted or rewritten
     * @param prepared starting the server, creating the database and migrating it
     * @param synced   the sync itself, one transaction
     */
    public record Written(int papers, Duration prepared, Duration synced) {
    }
}
