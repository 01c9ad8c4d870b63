package org.livesurvey.ingestion;

import java.util.List;
import java.util.Locale;

import org.livesurvey.ingest.classify.CategorySuggestion;
import org.livesurvey.ingest.classify.Classification;
import org.livesurvey.ingest.classify.NearPaper;
import org.livesurvey.ingest.classify.PaperClassifier;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The review queue's two collaborators as tests need them: a harvester they script, and a classifier by words. */
@TestConfiguration(proxyBeanMethods = false)
class ReviewQueueTestBeans {

    /** A title with this word makes the classifier throw, as a broken model would. */
    static final String BREAKS_THE_CLASSIFIER = "Unclassifiable";

    @Bean
    @Primary
    ScriptedHarvester scriptedHarvester() {
        return new ScriptedHarvester();
    }

    /**
     * Reasoning papers belong to reasoning economy (and reasoning), preference papers to preference optimization;
     * anything else is outside the survey.
     */
    @Bean
    @Primary
    PaperClassifier wordClassifier() {
        return input -> {
            String title = input.title().toLowerCase(Locale.ROOT);
            if (input.title().contains(BREAKS_THE_CLASSIFIER)) {
                throw new IllegalStateException("the model cannot read this title");
            }
            if (title.contains("reasoning")) {
                return new Classification(true, 0.9, List.of(
                        new CategorySuggestion("efficiency/reasoning-economy", 0.82),
                        new CategorySuggestion("reasoning/rl-for-reasoning", 0.35)),
                        List.of("reasoning", "token budget"),
                        List.of(new NearPaper("2504.14870", "OTC: Optimal Tool Calls via Reinforcement Learning",
                                0.41)));
            }
            if (title.contains("preference")) {
                return new Classification(true, 0.6,
                        List.of(new CategorySuggestion("alignment/preference-optimization", 0.7)),
                        List.of("preference"), List.of());
            }
            return new Classification(false, 0.05, List.of(), List.of(), List.of());
        };
    }
}
