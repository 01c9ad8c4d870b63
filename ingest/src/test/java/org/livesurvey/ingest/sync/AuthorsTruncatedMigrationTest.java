package org.livesurvey.ingest.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V5 adds {@code paper.authors_truncated}. Syncs before it already hashed the flag into {@code content_hash}, so the
 * next sync leaves those papers alone: the migration itself must take the flag from each paper's latest snapshot.
 */
class AuthorsTruncatedMigrationTest {

    @Test
    void papersSyncedBeforeTheColumnTakeTheFlagFromTheirLatestVersion() throws SQLException {
        DataSource dataSource = EmbeddedPostgresForTests.newDatabase().dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("4").load().migrate();
        execute(dataSource, """
                insert into category (path, slug, name, description, position)
                values ('efficiency', 'efficiency', 'Efficiency', '', 0);
                insert into paper (id, title, normalized_title, primary_category, source_file, content_hash, version)
                values ('2501.00001', 'One', 'one', 'efficiency', 'papers/2501.00001.yaml', 'h1', 2),
                       ('2501.00002', 'Two', 'two', 'efficiency', 'papers/2501.00002.yaml', 'h2', 2),
                       ('2501.00003', 'Three', 'three', 'efficiency', 'papers/2501.00003.yaml', 'h3', 1);
                insert into sync_run (id, started_at, finished_at, triggered_by, added, changed, removed, unchanged,
                                      categories_changed)
                values (1, now(), now(), 'cli', 3, 0, 0, 0, 1), (2, now(), now(), 'cli', 0, 2, 0, 1, 0);
                insert into paper_change (sync_run_id, paper_id, change, version, current, changed_at)
                values (1, '2501.00001', 'added', 1, '{"authors_truncated": false}', now()),
                       (1, '2501.00002', 'added', 1, '{"authors_truncated": true}', now()),
                       (2, '2501.00001', 'changed', 2, '{"authors_truncated": true}', now()),
                       (2, '2501.00002', 'changed', 2, '{"authors_truncated": false}', now());
                """);

        DatabaseMigrator.migrate(dataSource);

        assertThat(new Queries(dataSource).column("select id || ' ' || authors_truncated from paper order by id"))
                .containsExactly("2501.00001 true", "2501.00002 false", "2501.00003 false");
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
