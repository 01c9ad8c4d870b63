package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "R&D            | R\\&D",
            "100%           | 100\\%",
            "$5             | \\$5",
            "#1             | \\#1",
            "a_b            | a\\_b",
            "{x}            | \\textbraceleft{}x\\textbraceright{}",
            "~              | \\textasciitilde{}",
            "x^2            | x\\textasciicircum{}2",
            "C:\\dir        | C:\\textbackslash{}dir",
            "`line\none`    | line one",
            "`  tab\tand  ` | tab and",
            "Hakkani-Tür    | Hakkani-Tür",
            "θ ≤ ∞          | {\\ensuremath{\\theta}} {\\ensuremath{\\leq}} {\\ensuremath{\\infty}}",
            "a − b          | a - b",
            "中文 🚀         | 中文 🚀"})
    void escapesSpecialsFoldsWhitespaceAndKeepsOtherUnicode(String text, String latex) {
        assertThat(LatexText.escape(text)).isEqualTo(latex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DyMU: Dynamic Merging for VLMs | {DyMU}: Dynamic Merging for {VLMs}",
            "GPT-4o and LLaVA-1.5-7B        | {GPT}-4o and {LLaVA}-1.5-{7B}",
            "A Survey of Reasoning          | A Survey of Reasoning",
            "iPhone apps                    | {iPhone} apps",
            "Über Alles                     | Über Alles",
            "ÜBER $X_t$                     | {ÜBER} \\$X\\_t\\$"})
    void titlesProtectWordsWithInnerCapitals(String title, String latex) {
        assertThat(LatexText.title(title)).isEqualTo(latex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://arxiv.org/abs/2504.17040    | https://arxiv.org/abs/2504.17040",
            "https://example.org/a_b%20c#x&y=1   | https://example.org/a_b%20c#x&y=1",
            "https://example.org/{x}\\y          | https://example.org/%7Bx%7D%5Cy",
            "10.1000/tmlr_{42}                   | 10.1000/tmlr_%7B42%7D"})
    void verbatimValuesKeepTheirCharactersButNeverABraceOrBackslash(String value, String written) {
        assertThat(LatexText.verbatim(value)).isEqualTo(written);
    }
}
