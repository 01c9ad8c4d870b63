package org.livesurvey.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns plain text into text for a BibTeX field that LaTeX prints as it reads. Curated titles and names are plain
 * text, so the {@code $} in {@code D$^2$Plan} is a dollar sign to print, not math: every LaTeX special character is
 * escaped. Non-ASCII text stays UTF-8 (LaTeX reads UTF-8 by default since 2018, biber/biblatex fully; keys are
 * ASCII anyway), which keeps names exact where macros such as {@code {\"u}} cover only some scripts; only Greek
 * letters and mathematical symbols, which pdfLaTeX cannot print from UTF-8, become commands ({@link LatexSymbols}).
 * Other scripts (CJK) and emoji stay UTF-8 and need XeLaTeX or LuaLaTeX, as they would in the paper's own source.
 */
final class LatexText {

    private static final Pattern URL_UNSAFE = Pattern.compile("[{}\\\\\\s]");

    /** Line breaks and tabs inside a field mean nothing to BibTeX, and a blank line would end a paragraph. */
    private static final Pattern WHITESPACE_OR_CONTROL = Pattern.compile("[\\s\\p{Cc}]+");

    private LatexText() {
    }

    /**
     * Escapes {@code & % $ # _ { } ~ ^ \} and folds runs of whitespace to one space. Braces become
     * {@code \textbraceleft{}} and {@code \textbraceright{}} rather than {@code \{ \}} because BibTeX counts every
     * brace, escaped or not, when it looks for the end of a field: a lone {@code \{} would swallow the entry.
     */
    static String escape(String text) {
        return write(text, false);
    }

    /**
     * Like {@link #escape}, and wraps each word with a capital after its first letter in braces ({@code {DyMU}},
     * {@code {VLMs}}, {@code {GPT}-4o}), so that styles which lower-case titles keep acronyms as written. Words
     * capitalised only at their start are left to the style, as BibTeX intends.
     */
    static String title(String text) {
        return write(text, true);
    }

    /**
     * A value for a verbatim field ({@code url}, {@code doi}, {@code eprint}): biblatex and the url package print
     * those character by character, so escaping would put backslashes into links. Only what would break the
     * entry itself, braces and backslashes, and whitespace are percent-encoded, which links resolve the same.
     */
    static String verbatim(String text) {
        return URL_UNSAFE.matcher(text.strip()).replaceAll(match -> percentEncoded(match.group().charAt(0)));
    }

    private static String percentEncoded(char c) {
        return String.format(Locale.ROOT, "%%%02X", (int) c);
    }

    private static String write(String text, boolean protectCapitals) {
        String tidy = WHITESPACE_OR_CONTROL.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ")
                .strip();
        int[] cps = tidy.codePoints().toArray();
        StringBuilder out = new StringBuilder(tidy.length() + 16);
        int i = 0;
        while (i < cps.length) {
            if (!Character.isLetterOrDigit(cps[i])) {
                appendEscaped(out, cps[i++]);
                continue;
            }
            int end = i;
            while (end < cps.length && Character.isLetterOrDigit(cps[end])) {
                end++;
            }
            StringBuilder word = new StringBuilder();
            for (int j = i; j < end; j++) {
                appendEscaped(word, cps[j]);
            }
            out.append(protectCapitals && hasInnerCapital(cps, i, end) ? "{" + word + "}" : word);
            i = end;
        }
        return out.toString();
    }

    private static boolean hasInnerCapital(int[] cps, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (Character.isUpperCase(cps[i])) {
                return true;
            }
        }
        return false;
    }

    private static void appendEscaped(StringBuilder out, int cp) {
        switch (cp) {
            case '\\' -> out.append("\\textbackslash{}");
            case '{' -> out.append("\\textbraceleft{}");
            case '}' -> out.append("\\textbraceright{}");
            case '~' -> out.append("\\textasciitilde{}");
            case '^' -> out.append("\\textasciicircum{}");
            case '&', '%', '$', '#', '_' -> out.append('\\').appendCodePoint(cp);
            default -> {
                String symbol = LatexSymbols.forCodePoint(cp);
                if (symbol != null) {
                    out.append(symbol);
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }
}
