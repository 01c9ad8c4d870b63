package org.livesurvey.ingest.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.model.Taxonomy;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;

/** The classifier trained on the repository's taxonomy, as the app and the CLI train it. */
class TaxonomyClassifierTest {

    private static final ClassifierInput OVERTHINKING = new ClassifierInput(
            "Thinking Less, Answering Right: Length-Penalised Reinforcement Learning Against Overthinking",
            "Large reasoning models produce long chains of thought even for easy questions. We add a length penalty "
                    + "to the reinforcement learning reward so that the model stops reasoning once it is confident, "
                    + "cutting reasoning tokens by half on GSM8K and MATH with no loss of accuracy.",
            List.of("cs.CL"));
    private static final ClassifierInput TRAFFIC = new ClassifierInput(
            "Spatio-Temporal Graph Convolution for Urban Traffic Speed Forecasting",
            "We forecast traffic speed on road networks from loop-detector data with a graph convolutional network "
                    + "over the road graph and a temporal convolution over the last hour, lowering the error on "
                    + "METR-LA and PEMS-BAY over recurrent baselines.",
            List.of("cs.LG"));

    private static Taxonomy taxonomy;
    private static TaxonomyClassifier classifier;

    @BeforeAll
    static void train() {
        taxonomy = new TaxonomyReader().read(Path.of("../taxonomy")).taxonomy();
        classifier = TaxonomyClassifier.train(taxonomy);
    }

    @Test
    void aReasoningEconomyAbstractIsRelevantAndFiledUnderEfficiency() {
        Classification result = classifier.classify(OVERTHINKING);

        assertThat(result.relevant()).isTrue();
        assertThat(result.relevance()).isBetween(0.0, 1.0);
        assertThat(result.categories().get(0).path()).startsWith("efficiency/reasoning-economy");
        assertThat(result.categories()).isSortedAccordingTo(
                (a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(result.categories()).allSatisfy(c -> {
            assertThat(taxonomy.categoriesByPath()).containsKey(c.path());
            assertThat(c.confidence()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void aTrafficForecastingPaperIsNotRelevant() {
        Classification result = classifier.classify(TRAFFIC);

        assertThat(result.relevant()).isFalse();
        assertThat(result.relevance()).isLessThan(classifier.relevanceThreshold());
    }

    @Test
    void aSuggestionShowsTheWordsAndFiledPapersBehindIt() {
        Classification result = classifier.classify(OVERTHINKING);

        assertThat(result.topFeatures()).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        assertThat(String.join(" ", result.topFeatures())).containsAnyOf("overthink", "length", "reason");
        assertThat(result.nearestPapers()).hasSize(3).allSatisfy(n -> {
            assertThat(taxonomy.papers()).anyMatch(p -> p.id().equals(n.id()) && p.title().equals(n.title()));
            assertThat(n.similarity()).isPositive();
        });
    }

    @Test
    void aTitleAloneIsEnough() {
        Classification result = classifier.classify(new ClassifierInput(
                "Direct Preference Optimization for Safer Chat Assistants", null, List.of()));

        assertThat(result.categories().get(0).path()).startsWith("alignment");
    }

    @Test
    void trainingTwiceGivesTheSameModel() {
        TaxonomyClassifier again = TaxonomyClassifier.train(taxonomy);

        for (ClassifierInput input : List.of(OVERTHINKING, TRAFFIC)) {
            assertThat(again.classify(input)).isEqualTo(classifier.classify(input));
        }
    }
}
