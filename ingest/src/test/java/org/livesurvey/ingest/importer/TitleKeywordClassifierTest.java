package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real titles of the corpus against the repository's real category tree and keywords. */
class TitleKeywordClassifierTest {

    private static final String DPO_PAPER =
            "Direct Preference Optimization: Your Language Model is Secretly a Reward Model";

    private static TitleKeywordClassifier classifier;

    @BeforeAll
    static void readTheRealTree(@TempDir Path scratch) throws IOException {
        classifier = new TitleKeywordClassifier(TaxonomyFixtures.realCategories(scratch));
    }

    @Test
    void anAlignmentPaperNamingDpoGainsTheDpoNodeBehindItsPrimary() {
        assertThat(classifier.classify(DPO_PAPER, List.of("alignment/rlhf")))
                .containsExactly("alignment/rlhf", "alignment/direct-preference-optimization");
    }

    @Test
    void aBareBranchPrimaryBecomesTheNodeTheTitleNamesFirst() {
        // "Reward Model" names alignment/rlhf as well, but later in the title
        assertThat(classifier.classify(DPO_PAPER, List.of("alignment")))
                .containsExactly("alignment/direct-preference-optimization", "alignment/rlhf");
        assertThat(classifier.classify("A Long Way to Go: Investigating Length Correlations in RLHF", List.of(
                "alignment",
                "efficiency/reasoning-economy/challenges/length-bias",
                "efficiency/reasoning-economy/post-training/long2short-rl")))
                .containsExactly(
                        "alignment/rlhf",
                        "efficiency/reasoning-economy/challenges/length-bias",
                        "efficiency/reasoning-economy/post-training/long2short-rl");
    }

    @Test
    void aTitleNamingOnlyAnOrdinaryWordGainsNothing() {
        assertThat(classifier.classify("Large Language Model Agent in Financial Trading: A Survey",
                List.of("integration")))
                .containsExactly("integration");
    }

    @Test
    void aReasoningPaperUsingDpoGetsNoAlignmentNodeNorOtherNewBranch() {
        List<String> categories = List.of("efficiency/reasoning-economy",
                "reasoning/reinforcement-learning/training-resources");

        assertThat(classifier.classify("Light-R1: Curriculum SFT, DPO and RL for Long COT from Scratch and Beyond",
                categories))
                .isEqualTo(categories);
        assertThat(classifier.classify(DPO_PAPER, List.of("reasoning/reinforcement-learning/policy-optimization")))
                .containsExactly("reasoning/reinforcement-learning/policy-optimization");
    }

    @Test
    void acronymsCountOnlyInTheirOwnCase() {
        assertThat(classifier.classify("Spacer: Reinforcing mllms in video spatial reasoning",
                List.of("integration")))
                .containsExactly("integration");
        assertThat(classifier.classify("LEGO-Puzzles: How Good Are MLLMs at Multi-Step Spatial Reasoning?",
                List.of("integration")))
                .containsExactly("integration/multimodal-integration");
        assertThat(classifier.classify("Tool-Star: Empowering LLM-Brained Multi-Tool Reasoner via Reinforcement"
                + " Learning", List.of("fine-tuning")))
                .containsExactly("fine-tuning");
        assertThat(classifier.classify("STaR: Bootstrapping Reasoning With Reasoning",
                List.of("fine-tuning/supervised-fine-tuning")))
                .containsExactly("fine-tuning/supervised-fine-tuning", "fine-tuning/self-improvement");
    }

    @Test
    void phrasesMatchAcrossHyphensCaseAndPlurals() {
        assertThat(classifier.classify("Process Reward Models That Think",
                List.of("reasoning/reinforcement-learning/reward-design")))
                .containsExactly("reasoning/reinforcement-learning/reward-design", "reasoning/reward-modeling");
        assertThat(classifier.classify("Chain-of-Thought Compression Should Not Be Blind: V-Skip for Efficient"
                + " Multimodal Reasoning via Dual-Path Anchoring", List.of("efficiency/reasoning-economy/multimodal")))
                .containsExactly("efficiency/reasoning-economy/multimodal",
                        "efficiency/reasoning-economy/post-training/cot-compression");
    }

    @Test
    void aNamedNodeAboveACategoryThePaperHasAddsNothing() {
        // GRPO is a keyword of reasoning/reinforcement-learning and of its child policy-optimization
        assertThat(classifier.classify("Critique-GRPO: Advancing LLM Reasoning with Natural Language and Numerical"
                + " Feedback", List.of("reasoning/reinforcement-learning/reward-design")))
                .containsExactly("reasoning/reinforcement-learning/reward-design",
                        "reasoning/reinforcement-learning/policy-optimization");
        assertThat(classifier.classify("Critique-GRPO: Advancing LLM Reasoning with Natural Language and Numerical"
                + " Feedback", List.of("reasoning/reinforcement-learning/policy-optimization")))
                .containsExactly("reasoning/reinforcement-learning/policy-optimization");
    }

    @Test
    void aPrimaryBelowTheBranchIsRefinedByANodeBelowIt() {
        assertThat(classifier.classify("DLER: Doing Length pEnalty Right - Incentivizing More Intelligence per Token"
                + " via Reinforcement Learning", List.of("efficiency/reasoning-economy", "reasoning")))
                .containsExactly("efficiency/reasoning-economy/post-training/long2short-rl", "reasoning");
    }

    @Test
    void aPaperWithoutCategoriesIsRejected() {
        assertThatThrownBy(() -> classifier.classify(DPO_PAPER, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a paper needs a category before its title can add more: " + DPO_PAPER);
    }
}
