package org.livesurvey.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livesurvey.ingest.model.TitleNormalizer.normalizeTitle;

import org.junit.jupiter.api.Test;

class TitleNormalizerTest {

    @Test
    void lowerCasesAndDropsPunctuation() {
        assertThat(normalizeTitle("DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs"))
                .isEqualTo("dymu dynamic merging and virtual unmerging for efficient vlms");
        assertThat(normalizeTitle("Beyond A*: Better Planning with Transformers"))
                .isEqualTo("beyond a better planning with transformers");
    }

    @Test
    void theVariantsListsUseAreEqual() {
        assertThat(normalizeTitle("Let\u2019s Sample Step by Step")).isEqualTo(normalizeTitle("Lets sample step-by-step"));
        assertThat(normalizeTitle("Reasoning with Large Language Models, a Survey"))
                .isEqualTo(normalizeTitle("  reasoning with large language models:  A SURVEY. "));
    }

    @Test
    void stripsAccentsButKeepsOtherScripts() {
        assertThat(normalizeTitle("Caf\u00e9 Na\u00efve \u00c5ngstr\u00f6m")).isEqualTo("cafe naive angstrom");
        assertThat(normalizeTitle("\u03b1-Divergence \u5927\u6a21\u578b")).isEqualTo("\u03b1 divergence \u5927\u6a21\u578b");
    }

    @Test
    void keepsDigitsAndTurnsLatexIntoWords() {
        assertThat(normalizeTitle("O(n^2) Attention with $x_1$ in 2 Steps")).isEqualTo("o n 2 attention with x 1 in 2 steps");
        assertThat(normalizeTitle("R1-Searcher")).isEqualTo("r1 searcher");
    }

    @Test
    void nullStaysNull() {
        assertThat(normalizeTitle(null)).isNull();
        assertThat(normalizeTitle("?!")).isEmpty();
    }
}
