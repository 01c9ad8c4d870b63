package org.livesurvey.ingest.sync;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema of {@code livesurvey-db-migrations} (Flyway files under {@code db/migration}).
 * The command line and the tests use it; the backend lets Spring Boot run the same migrations.
 */
public final class DatabaseMigrator {

    private DatabaseMigrator() {
    }

    /** Applies the migrations the database lacks; a database that is up to date is left as it is. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
