package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.classify.Classification;
import org.livesurvey.ingest.classify.ClassifierInput;

/** The stand-in classifier on the repository's real category tree and its keywords. */
class ProvisionalClassifierTest {

    @Test
    void aTitleThatNamesANodeIsRelevantThere(@TempDir Path scratch) throws Exception {
        ProvisionalClassifier classifier = new ProvisionalClassifier(realTree(scratch));

        Classification dpo = classifier.classify(new ClassifierInput(
                "Direct Preference Optimization for Small Models", null, List.of()));
        Classification other = classifier.classify(new ClassifierInput("Protein Folding with Diffusion", null,
                List.of()));

        assertThat(dpo.relevant()).isTrue();
        assertThat(dpo.relevance()).isEqualTo(1.0);
        assertThat(dpo.categories()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path()).startsWith("alignment/");
            assertThat(c.confidence()).isEqualTo(1.0);
        });
        assertThat(other.relevant()).isFalse();
        assertThat(other.relevance()).isZero();
        assertThat(other.categories()).isEmpty();
    }

    private static Path realTree(Path scratch) throws Exception {
        Path taxonomy = Files.createDirectories(scratch.resolve("taxonomy"));
        Files.copy(Path.of("../taxonomy/categories.yaml"), taxonomy.resolve("categories.yaml"));
        return taxonomy;
    }
}
