package org.livesurvey.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/** The committed paper list must be what the files give: a contribution that forgets to render it fails CI. */
class RepositoryPaperListTest {

    private static final Path REPOSITORY_TAXONOMY = Path.of("../taxonomy");

    @Test
    void theCommittedListIsUpToDate() throws Exception {
        TaxonomyReading reading = new TaxonomyReader().read(REPOSITORY_TAXONOMY);
        String expected = new PaperListRenderer().render(reading.taxonomy());

        String committed = Files.readString(REPOSITORY_TAXONOMY.resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(committed)
                .withFailMessage("taxonomy/README.md is out of date: run ./livesurvey render-list and commit it")
                .isEqualTo(expected);
    }
}
