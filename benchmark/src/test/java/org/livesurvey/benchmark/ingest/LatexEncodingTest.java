package org.livesurvey.benchmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livesurvey.ingest.metadata.LatexText;

class LatexEncodingTest {

    @Test
    void accentedLettersBecomeLatexAccents() {
        assertThat(LatexEncoding.value("Bernhard Schölkopf", true)).isEqualTo("Bernhard Sch{\\\"o}lkopf");
        assertThat(LatexEncoding.value("Ivan Vulić", true)).isEqualTo("Ivan Vuli{\\'c}");
        assertThat(LatexEncoding.value("Čech", true)).isEqualTo("{\\v{C}}ech");
        assertThat(LatexEncoding.value("Søren", true)).isEqualTo("S{\\o}ren");
        assertThat(LatexEncoding.value("Schölkopf", false)).isEqualTo("Schölkopf");
    }

    /** Names of the corpus: what a BibTeX reader decodes is the name again. */
    @ParameterizedTest
    @ValueSource(strings = {"André Susano Pinto", "Rémi Munos", "Søren Riis", "Sólrún Halla Einarsdóttir",
            "Hugues de Saxcé", "Dilek Hakkani-Tür", "Caio César Teodoro Mendes", "Ivan Vulić", "Łukasz Kaiser",
            "Jiří Šíma", "Zoë Ångström", "陈丹琦"})
    void namesComeBackFromLatex(String name) {
        assertThat(LatexText.toUnicode(LatexEncoding.value(name, true))).isEqualTo(name);
    }

    @Test
    void specialsAreEscapedAndUnpairedBracesMadeText() {
        String text = "50% of Q&A {pairs} in $\\{0,1\\}^n$ } and { open";

        String encoded = LatexEncoding.value(text, false);

        assertThat(encoded).isEqualTo("50\\% of Q\\&A {pairs} in $\\{0,1\\}^n$ \\} and \\{ open");
        assertThat(LatexEncoding.value("already \\% escaped", false)).isEqualTo("already \\% escaped");
    }
}
