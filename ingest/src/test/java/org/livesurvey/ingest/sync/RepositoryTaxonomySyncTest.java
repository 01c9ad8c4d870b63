package org.livesurvey.ingest.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** The repository's own taxonomy (about 1,560 papers) syncs, and a second sync finds nothing to do. */
class RepositoryTaxonomySyncTest {

    private static final Path REPOSITORY_TAXONOMY = Path.of("..", "taxonomy");

    @Test
    void theRepositoryTaxonomySyncsAndASecondSyncHasNothingToDo() throws IOException {
        DataSource dataSource = EmbeddedPostgresForTests.newDatabase().dataSource();
        DatabaseMigrator.migrate(dataSource);
        TaxonomySync sync = new TaxonomySync(dataSource);
        long paperFiles = paperFiles();

        long start = System.nanoTime();
        SyncReport first = sync.syncDirectory(REPOSITORY_TAXONOMY, SyncTrigger.CLI, null);
        long firstDone = System.nanoTime();
        SyncReport second = sync.syncDirectory(REPOSITORY_TAXONOMY, SyncTrigger.CLI, null);
        long secondDone = System.nanoTime();
        // measured and reported, not asserted: a timing limit would fail on a slow machine
        System.out.printf("repository taxonomy, first sync:  %s; with validation %d ms%n", first.summary(),
                (firstDone - start) / 1_000_000);
        System.out.printf("repository taxonomy, second sync: %s; with validation %d ms%n", second.summary(),
                (secondDone - firstDone) / 1_000_000);

        assertThat(first.added()).isEqualTo(paperFiles).isPositive();
        assertThat(new Queries(dataSource).count("select count(*) from paper")).isEqualTo(paperFiles);
        assertThat(second.hasChanges()).isFalse();
        assertThat(second.unchanged()).isEqualTo(paperFiles);
    }

    private static long paperFiles() throws IOException {
        try (Stream<Path> files = Files.list(REPOSITORY_TAXONOMY.resolve("papers"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).count();
        }
    }
}
