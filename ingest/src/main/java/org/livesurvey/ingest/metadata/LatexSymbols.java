package org.livesurvey.ingest.metadata;

import java.util.Map;
import java.util.Set;

/** The LaTeX commands that bibliographic data uses, and what each stands for in Unicode. */
final class LatexSymbols {

    /** Accent commands and the combining mark each puts on the following letter. */
    static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("`", '\u0300'),
            Map.entry("'", '\u0301'),
            Map.entry("^", '\u0302'),
            Map.entry("~", '\u0303'),
            Map.entry("=", '\u0304'),
            Map.entry("u", '\u0306'),
            Map.entry(".", '\u0307'),
            Map.entry("\"", '\u0308'),
            Map.entry("r", '\u030A'),
            Map.entry("H", '\u030B'),
            Map.entry("v", '\u030C'),
            Map.entry("d", '\u0323'),
            Map.entry("c", '\u0327'),
            Map.entry("k", '\u0328'),
            Map.entry("b", '\u0331'),
            Map.entry("t", '\u0361'));

    /**
     * Commands that stand for a letter or sign inside a word; like TeX, the spaces after them are swallowed
     * ({@code Stra\ss e} is "Straße").
     */
    static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("aa", "å"), Map.entry("AA", "Å"),
            Map.entry("o", "ø"), Map.entry("O", "Ø"),
            Map.entry("ss", "ß"), Map.entry("SS", "SS"),
            Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"),
            Map.entry("i", "ı"), Map.entry("j", "ȷ"),
            Map.entry("dh", "ð"), Map.entry("DH", "Ð"),
            Map.entry("th", "þ"), Map.entry("TH", "Þ"),
            Map.entry("ng", "ŋ"), Map.entry("NG", "Ŋ"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
            Map.entry("textquoteleft", "‘"), Map.entry("textquoteright", "’"),
            Map.entry("textquotedblleft", "“"), Map.entry("textquotedblright", "”"),
            Map.entry("textbackslash", "\\"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textunderscore", "_"),
            Map.entry("textbar", "|"), Map.entry("textless", "<"), Map.entry("textgreater", ">"),
            Map.entry("textregistered", "®"), Map.entry("texttrademark", "™"), Map.entry("copyright", "©"),
            Map.entry("textdegree", "°"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("pounds", "£"), Map.entry("euro", "€"),
            Map.entry("-", ""), Map.entry("/", ""), Map.entry("@", ""), Map.entry("!", ""),
            Map.entry("protect", ""), Map.entry("relax", ""));

    /**
     * Commands that stand for a word; the space after them is kept, since "the \LaTeX system" means two words
     * even though TeX itself would swallow the space.
     */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("LaTeXe", "LaTeX2e"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("textellipsis", "…"),
            Map.entry("\\", " "), Map.entry("newline", " "), Map.entry("par", " "),
            Map.entry(" ", " "), Map.entry(",", " "), Map.entry(";", " "), Map.entry(":", " "),
            Map.entry("quad", " "), Map.entry("qquad", " "));

    /** Characters that a backslash escapes. */
    static final Set<Character> ESCAPED = Set.of('%', '&', '$', '#', '_', '{', '}');

    /**
     * Font and size switches ({@code {\em Attention}}): they change the look of what follows, which plain text
     * does not have.
     */
    static final Set<String> SWITCHES = Set.of(
            "em", "it", "bf", "sc", "tt", "rm", "sf", "sl", "up", "normalfont",
            "itshape", "bfseries", "scshape", "ttfamily", "rmfamily", "sffamily", "slshape", "upshape", "mdseries",
            "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge");

    /** Text commands ({@code \emph{...}}): their argument is the text, the command only its look. */
    static final Set<String> TEXT_COMMANDS = Set.of(
            "emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textsl", "textup", "textmd",
            "textnormal", "mbox", "hbox", "text", "underline", "uppercase", "lowercase", "MakeUppercase",
            "MakeLowercase", "textsuperscript", "textsubscript", "enquote");

    /**
     * Commands whose argument is not text to show: {@code \noopsort{a}} only steers BibTeX's sorting, and the first
     * argument of {@code \href{url}{text}} is the link, not its text.
     */
    static final Set<String> HIDDEN_ARGUMENT = Set.of(
            "noopsort", "sortkey", "label", "ref", "cite", "hspace", "vspace", "href");

    /** Commands whose argument is copied as it is: a URL keeps its {@code ~}, {@code %} and {@code --}. */
    static final Set<String> VERBATIM_ARGUMENT = Set.of("url", "path", "nolinkurl");

    /** What an accent with nothing under it ({@code \~{}}, common in URLs) stands for. */
    static final Map<String, String> SPACING_ACCENTS = Map.of(
            "~", "~", "^", "^", "'", "'", "`", "`", "\"", "\"", "=", "=", ".", ".");

    private LatexSymbols() {
    }
}
