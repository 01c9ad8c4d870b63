package org.livesurvey.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.taxonomy.Problem;

/** The repository's own content must pass the validator contributors run: the same gate as CI. */
class RepositoryTaxonomyValidationTest {

    private static final Path REPOSITORY_TAXONOMY = Path.of("../taxonomy");

    @Test
    void theRepositoryTaxonomyHasNoProblem() {
        long start = System.nanoTime();
        ValidationReport report = new TaxonomyValidator().validate(REPOSITORY_TAXONOMY);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // measured, not asserted: a timed assertion would fail on a slow CI machine
        System.out.println("validated the repository taxonomy in " + millis + " ms: " + report.summary());

        assertThat(report.problems()).extracting(Problem::format).isEmpty();
        assertThat(report.taxonomy().papers()).hasSizeGreaterThanOrEqualTo(1500);
        assertThat(report.taxonomy().categoriesByPath()).containsKeys(
                "fine-tuning", "alignment", "reasoning", "efficiency", "integration", "efficiency/reasoning-economy");
    }
}
