package org.livesurvey.benchmark.ingest;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text as a braced BibTeX value, the way reference managers export it: {@code %} and {@code &} escaped, braces that
 * do not pair escaped, and, where asked, accented Latin letters as LaTeX accents ({@code {\"o}}, {@code {\v{c}}},
 * {@code {\o}}). LaTeX already in the text (math, commands) is left as it is; other characters stay Unicode.
 */
final class LatexEncoding {

    /** Accents that LaTeX writes with a symbol, which need no braces around their letter. */
    private static final Map<Character, String> SYMBOL_ACCENTS = Map.of(
            '\u0300', "`", '\u0301', "'", '\u0302', "^", '\u0303', "~", '\u0304', "=", '\u0307', ".",
            '\u0308', "\"");
    /** Accents that LaTeX writes with a letter, whose letter goes in braces. */
    private static final Map<Character, String> LETTER_ACCENTS = Map.of(
            '\u0306', "u", '\u030A', "r", '\u030B', "H", '\u030C', "v", '\u0323', "d", '\u0327', "c", '\u0328', "k");
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ø', "\\o"), Map.entry('Ø', "\\O"), Map.entry('ß', "\\ss"), Map.entry('ł', "\\l"),
            Map.entry('Ł', "\\L"), Map.entry('æ', "\\ae"), Map.entry('Æ', "\\AE"), Map.entry('œ', "\\oe"),
            Map.entry('å', "\\aa"), Map.entry('Å', "\\AA"));

    private LatexEncoding() {
    }

    static String value(String text, boolean accents) {
        boolean[] unpaired = unpairedBraces(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escaped = i > 0 && text.charAt(i - 1) == '\\';
            if ((c == '%' || c == '&') && !escaped || unpaired[i]) {
                out.append('\\').append(c);
            } else if (accents && c > 0x7f) {
                out.append(accented(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String accented(char c) {
        String letter = LETTERS.get(c);
        if (letter != null) {
            return "{" + letter + "}";
        }
        String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (parts.length() != 2 || parts.charAt(0) > 0x7f || !Character.isLetter(parts.charAt(0))) {
            return String.valueOf(c);
        }
        char base = parts.charAt(0);
        char mark = parts.charAt(1);
        if (SYMBOL_ACCENTS.containsKey(mark)) {
            return "{\\" + SYMBOL_ACCENTS.get(mark) + base + "}";
        }
        return LETTER_ACCENTS.containsKey(mark) ? "{\\" + LETTER_ACCENTS.get(mark) + "{" + base + "}}"
                : String.valueOf(c);
    }

    /** The braces that close nothing or are never closed; a brace after a backslash is text, not a brace. */
    private static boolean[] unpairedBraces(String text) {
        boolean[] unpaired = new boolean[text.length()];
        int[] open = new int[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && text.charAt(i - 1) == '\\') {
                continue;
            }
            if (c == '{') {
                open[depth++] = i;
            } else if (c == '}') {
                if (depth == 0) {
                    unpaired[i] = true;
                } else {
                    depth--;
                }
            }
        }
        for (int d = 0; d < depth; d++) {
            unpaired[open[d]] = true;
        }
        return unpaired;
    }
}
