package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleKeywordTest {

    @ParameterizedTest
    @ValueSource(strings = {"agent", "teacher", "science", "router", "RL", "R1", "Mamba", "long2short", "Coconut"})
    void singleOrdinaryWordsAndShortAcronymsDoNotCount(String keyword) {
        assertThat(TitleKeyword.of(keyword)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DPO", "RLAIF", "PRM", "LoRA", "MCTS", "KTO", "SimPO", "GRPO", "PEFT", "MoE", "STaR",
            "tool use", "chain-of-thought", "LLM-as-a-judge"})
    void phrasesAndAcronymsWithTwoCapitalsCount(String keyword) {
        assertThat(TitleKeyword.of(keyword)).isPresent();
    }

    @Test
    void phrasesIgnoreCaseHyphensPluralsAndBritishSpelling() {
        TitleKeyword chainOfThought = TitleKeyword.of("chain-of-thought compression").orElseThrow();
        TitleKeyword optimisation = TitleKeyword.of("offline preference optimisation").orElseThrow();
        TitleKeyword prm = TitleKeyword.of("process reward model").orElseThrow();

        assertThat(chainOfThought.firstIndexIn(TitleWords.of(
                "Chain-of-Thought Compression Should Not Be Blind: V-Skip for Efficient Multimodal Reasoning")))
                .isZero();
        assertThat(chainOfThought.firstIndexIn(TitleWords.of("Chain of Thought compression"))).isZero();
        assertThat(optimisation.firstIndexIn(TitleWords.of("Towards Offline Preference Optimization"))).isEqualTo(1);
        assertThat(prm.firstIndexIn(TitleWords.of("Process Reward Models That Think"))).isZero();
        assertThat(prm.firstIndexIn(TitleWords.of("Process Reward Modeling That Thinks"))).isEqualTo(-1);
    }

    @Test
    void acronymsMatchWholeWordsInTheirOwnCaseOnly() {
        TitleKeyword grpo = TitleKeyword.of("GRPO").orElseThrow();

        assertThat(grpo.firstIndexIn(TitleWords.of("Critique-GRPO: Advancing LLM Reasoning with Natural Language"
                + " and Numerical Feedback"))).isEqualTo(1);
        assertThat(grpo.firstIndexIn(TitleWords.of("DanceGRPO: Unleashing grpo on visual generation"))).isEqualTo(-1);
    }
}
