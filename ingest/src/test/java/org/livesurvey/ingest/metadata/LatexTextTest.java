package org.livesurvey.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LatexTextTest {

    static Stream<Arguments> accents() {
        return Stream.of(
                arguments("G{\\\"o}del", "Gödel"),
                arguments("G\\\"{o}del", "Gödel"),
                arguments("G\\\"odel", "Gödel"),
                arguments("G\\\" odel", "Gödel"),
                arguments("Caf{\\'e}", "Café"),
                arguments("Caf\\'{e}", "Café"),
                arguments("Caf\\'e", "Café"),
                arguments("h\\^otel", "hôtel"),
                arguments("\\`a la", "à la"),
                arguments("Espa\\~na", "España"),
                arguments("\\=a", "ā"),
                arguments("\\.Z", "Ż"),
                arguments("Do\\u{g}an", "Doğan"),
                arguments("\\v{C}apek", "Čapek"),
                arguments("\\v C", "Č"),
                arguments("Erd\\H{o}s", "Erdős"),
                arguments("Fran\\c{c}ais", "Français"),
                arguments("Fran\\c cais", "Français"),
                arguments("\\k{a}", "ą"),
                arguments("\\r{u}", "ů"),
                arguments("\\d{s}", "ṣ"),
                arguments("\\b{t}", "ṯ"),
                arguments("{\\aa}ngstr{\\\"o}m", "ångström"),
                arguments("\\AA{}ngstr\\\"om", "Ångström"),
                arguments("S{\\o}ren", "Søren"),
                arguments("\\O{}stergaard", "Østergaard"),
                arguments("Stra\\ss e", "Straße"),
                arguments("Stra{\\ss}e", "Straße"),
                arguments("\\ae{}sthetics", "æsthetics"),
                arguments("Cur{\\oe}", "Curœ"),
                arguments("{\\L}ukasz Kaiser and Micha\\l{}", "Łukasz Kaiser and Michał"),
                arguments("Na\\\"{\\i}ve", "Naïve"),
                arguments("Na\\\"\\i ve", "Naïve"),
                arguments("Ma{\\'\\i}ra", "Maíra"),
                arguments("{\\j}", "ȷ"),
                arguments("\\'{\\j}", "j\u0301"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("accents")
    void decodesAccentsInEverySpelling(String latex, String expected) {
        assertThat(LatexText.toUnicode(latex)).isEqualTo(Normalizer.normalize(expected, Normalizer.Form.NFC));
    }

    static Stream<Arguments> markup() {
        return Stream.of(
                arguments("50\\% of \\$100 \\& more \\#1 a\\_b \\{x\\}", "50% of $100 & more #1 a_b {x}"),
                arguments("pages 1--16", "pages 1–16"),
                arguments("yes---no", "yes—no"),
                arguments("pre-trained", "pre-trained"),
                arguments("Fig.~3", "Fig. 3"),
                arguments("``quoted'' and `single'", "“quoted” and ‘single'"),
                arguments("Let's go", "Let's go"),
                arguments("\\emph{Attention} is \\textit{all} \\textbf{you} \\textsc{need}", "Attention is all you need"),
                arguments("\\texttt{code} \\mbox{box} \\textrm{roman}", "code box roman"),
                arguments("see \\url{http://x.org/~user/a--b%20c}", "see http://x.org/~user/a--b%20c"),
                arguments("1990\\textendash 2000", "1990–2000"),
                arguments("a\\textemdash b", "a—b"),
                arguments("and so on\\ldots", "and so on…"),
                arguments("the \\LaTeX\\ system", "the LaTeX system"),
                arguments("the \\LaTeX{} system", "the LaTeX system"),
                arguments("\\TeX book", "TeX book"),
                arguments("{BERT}: Pre-training", "BERT: Pre-training"),
                arguments("{{Getting Started with Mendeley}}", "Getting Started with Mendeley"),
                arguments("{\\em Deep} {\\bf learning}", "Deep learning"),
                arguments("\\href{https://x.org}{the site}", "the site"),
                arguments("{\\noopsort{a}}Zeta", "Zeta"),
                arguments("\\protect\\emph{x}", "x"),
                arguments("line\\\\break", "line break"),
                arguments("10\\,000", "10 000"),
                arguments("hy\\-phen", "hyphen"),
                arguments("\\~{}user", "~user"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("markup")
    void decodesSpecialsDashesQuotesAndTextCommands(String latex, String expected) {
        assertThat(LatexText.toUnicode(latex)).isEqualTo(expected);
    }

    static Stream<Arguments> math() {
        return Stream.of(
                arguments("{$\\alpha$}-divergence", "$\\alpha$-divergence"),
                arguments("$\\mathcal{O}(n^2)$ attention", "$\\mathcal{O}(n^2)$ attention"),
                arguments("$100$ languages", "100 languages"),
                arguments("$k$-means", "k-means"),
                arguments("costs \\$5 and \\$6", "costs $5 and $6"),
                arguments("$$E = mc^2$$", "$$E = mc^2$$"),
                arguments("a lone $ sign", "a lone $ sign"),
                arguments("$a \\$ b$", "$a \\$ b$"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("math")
    void keepsMathAsArxivWritesItButUnwrapsPlainNumbers(String latex, String expected) {
        assertThat(LatexText.toUnicode(latex)).isEqualTo(expected);
    }

    static Stream<Arguments> unknownAndBroken() {
        return Stream.of(
                arguments("\\foo{bar} baz", "bar baz"),
                arguments("\\BERT is", "BERT is"),
                arguments("\\alpha", "alpha"),
                arguments("\\*x", "*x"),
                arguments("unbalanced {brace", "unbalanced brace"),
                arguments("stray } brace", "stray  brace"),
                arguments("trailing backslash \\", "trailing backslash "),
                arguments("accent at end \\'", "accent at end '"),
                arguments("\\\"{", "\""),
                arguments("\\url{unclosed", "unclosed"),
                arguments("\\emph", ""),
                arguments("", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("unknownAndBroken")
    void dropsTheBackslashOfUnknownCommandsAndNeverFails(String latex, String expected) {
        assertThat(LatexText.toUnicode(latex)).isEqualTo(expected);
    }

    @Test
    void composesAccentsThatTheInputDecomposed() {
        assertThat(LatexText.toUnicode("Cafe\u0301")).isEqualTo("Café");
    }

    @Test
    void keepsNullAndPlainText() {
        assertThat(LatexText.toUnicode(null)).isNull();
        assertThat(LatexText.toUnicode("Plain title")).isEqualTo("Plain title");
    }

    @Test
    void survivesDeepNestingWithoutRecursion() {
        String deep = "{".repeat(200_000) + "x" + "}".repeat(200_000);
        assertThat(LatexText.toUnicode(deep)).isEqualTo("x");
        String deepAccents = "\\'{".repeat(20_000) + "e" + "}".repeat(20_000);
        assertThat(LatexText.toUnicode(deepAccents)).startsWith("é");
    }
}
