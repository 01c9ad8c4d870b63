package org.livesurvey.database;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.embedded.postgres.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The database the application runs on. Without {@code spring.datasource.url} it starts the embedded PostgreSQL
 * (module {@code embedded-postgres}: fsync and synchronous commits on, orphans of killed instances stopped) with its
 * cluster in {@code <data-dir>/pg}, and hands its {@link DataSource} to Flyway, JPA and the health check; with the URL
 * set, Spring Boot's own data source auto-configuration connects to that server instead.
 *
 * <p>An auto-configuration rather than a scanned configuration, so that it is ordered before
 * {@link DataSourceAutoConfiguration} and web slice tests never start a database.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
public class EmbeddedPostgresAutoConfiguration {

    static final String DATABASE = "livesurvey";

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDataSourceUrlCondition.class)
    static class EmbeddedServer {

        /**
         * Taken before anything touches the directory. Only in embedded mode: with an external database the data
         * directory holds nothing, and stateless web nodes may well share a working directory.
         */
        @Bean(destroyMethod = "close")
        DataDirectoryLock dataDirectoryLock(LiveSurveyProperties properties) throws IOException {
            return DataDirectoryLock.acquire(properties.dataDir());
        }

        /** Stopped (fast shutdown) when the context closes, after the pool that depends on it. */
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(DataDirectoryLock lock) {
            EmbeddedPostgres postgres = EmbeddedPostgres.start(lock.directory().resolve("pg"));
            try {
                postgres.createDatabase(DATABASE);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return postgres;
        }

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(EmbeddedPostgres postgres) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(postgres.jdbcUrl(DATABASE));
            dataSource.setPoolName("livesurvey-embedded");
            // the taxonomy sync sends rows in batches; rewritten into multi-row inserts they travel much faster
            dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
            return dataSource;
        }
    }
}
