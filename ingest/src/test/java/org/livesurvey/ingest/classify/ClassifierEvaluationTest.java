package org.livesurvey.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.importer.CategoryPaths;
import org.livesurvey.ingest.model.Taxonomy;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;

/**
 * The cross-validated figures of {@code classify --evaluate} on the repository's taxonomy, written to
 * {@code target/classifier-evaluation.txt}. The floors sit a few points below the figures measured when the
 * classifier was written (see docs/decisions/0004-classifier.md): a change that loses them is a regression.
 */
class ClassifierEvaluationTest {

    @Test
    void crossValidatedFiguresStayAboveTheirFloors() throws IOException {
        Taxonomy taxonomy = new TaxonomyReader().read(Path.of("../taxonomy")).taxonomy();

        EvaluationReport report = ClassifierEvaluation.run(taxonomy);
        Files.writeString(Path.of("target/classifier-evaluation.txt"), report.toText());

        double majorityBranch = taxonomy.papers().stream()
                .collect(Collectors.groupingBy(p -> CategoryPaths.branchOf(p.categories().get(0)),
                        Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElseThrow() / (double) taxonomy.papers().size();
        assertThat(report.accuracy(EvaluationReport.Input.TITLE_AND_ABSTRACT).value())
                .isGreaterThan(0.82).isGreaterThan(majorityBranch + 0.3);
        assertThat(report.accuracy(EvaluationReport.Input.TITLE_ONLY).value()).isGreaterThan(0.72);
        assertThat(report.secondLevelAccuracy().value()).isGreaterThan(0.68);
        assertThat(report.relevanceRecall(false).value()).isGreaterThan(0.75);
        assertThat(report.relevancePrecision(false).value()).isGreaterThan(0.65);
        assertThat(report.relevancePrecision(true).value()).isGreaterThan(0.85);
        assertThat(report.listedVerdicts().values().stream().mapToInt(v -> v[0] + v[1]).sum()).isEqualTo(400);
    }
}
