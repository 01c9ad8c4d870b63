package org.livesurvey.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Reward models", "Reward  models", " Reward", "Reward ", "Re\tward\nmodels",
            "Reward\u00a0models", "a", " ", "", "\u3000Reward\u3000", "Reward\u2003models", "x\u001cy", "a b c d"})
    void collapsesWhitespaceAsTheRegularExpressionDoes(String text) {
        String expected = text.replaceAll("[\\s\\u00a0]+", " ").strip();

        assertThat(Texts.orNull(text)).isEqualTo(expected.isEmpty() ? null : expected);
    }
}
