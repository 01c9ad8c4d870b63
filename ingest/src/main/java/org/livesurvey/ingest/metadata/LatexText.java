package org.livesurvey.ingest.metadata;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * LaTeX as bibliographic data writes it, in plain Unicode: accents in every spelling ({@code {\"o}}, {@code \"{o}},
 * {@code \"o}, {@code \v c}), letters such as {@code \ss} and {@code \o}, escaped specials ({@code \%}), dashes,
 * {@code ~}, TeX quotes, and text commands such as {@code \emph{...}}; protective braces ({@code {BERT}}) are removed.
 *
 * <p>Math keeps its meaning: {@code $\alpha$-divergence} stays as it is (as arXiv writes titles, so that both compare
 * equal), while math that is only plain text or a number loses its dollars ({@code $100$ languages} is "100
 * languages"). A command this class does not know loses its backslash: with an argument ({@code \foo{bar}}) the
 * argument is kept, without one ({@code \BERT}) the name is. Decoding never fails: unbalanced braces and stray
 * backslashes are dropped, and nesting depth costs no stack.
 */
public final class LatexText {

    private LatexText() {
    }

    /** The text in Unicode (NFC), or {@code null} for {@code null}. Whitespace is left as it is. */
    public static String toUnicode(String latex) {
        if (latex == null) {
            return null;
        }
        String decoded = hasMarkup(latex) ? new Decoder(latex).decode() : latex;
        return Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }

    private static boolean hasMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '{', '}', '~', '$', '-', '`', '\'' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** One pass over the text; open braces are a stack of groups, so deep nesting cannot overflow the call stack. */
    private static final class Decoder {

        private final String in;
        private final StringBuilder out;
        private final Deque<Group> groups = new ArrayDeque<>();
        private int pos;

        Decoder(String in) {
            this.in = in;
            this.out = new StringBuilder(in.length());
        }

        String decode() {
            while (pos < in.length()) {
                char c = in.charAt(pos);
                switch (c) {
                    case '\\' -> command();
                    case '{' -> {
                        groups.push(Group.PLAIN);
                        pos++;
                    }
                    case '}' -> {
                        closeGroup();
                        pos++;
                    }
                    case '~' -> {
                        out.append(' ');
                        pos++;
                    }
                    case '$' -> math();
                    case '-' -> dash();
                    case '`' -> pair('`', "“", "‘");
                    case '\'' -> pair('\'', "”", "'");
                    default -> {
                        out.append(c);
                        pos++;
                    }
                }
            }
            while (!groups.isEmpty()) {
                closeGroup();
            }
            return out.toString();
        }

        private void command() {
            if (pos + 1 >= in.length()) {
                pos++;
                return;
            }
            char first = in.charAt(pos + 1);
            if (isAsciiLetter(first)) {
                int end = pos + 1;
                while (end < in.length() && isAsciiLetter(in.charAt(end))) {
                    end++;
                }
                String name = in.substring(pos + 1, end);
                pos = end;
                controlWord(name);
            } else {
                pos += 2;
                controlSymbol(first);
            }
        }

        private void controlWord(String name) {
            Character mark = LatexSymbols.ACCENTS.get(name);
            if (mark != null) {
                skipSpaces();
                accent(mark, name);
            } else if (LatexSymbols.LETTERS.containsKey(name)) {
                out.append(LatexSymbols.LETTERS.get(name));
                skipSpaces();
            } else if (LatexSymbols.WORDS.containsKey(name)) {
                out.append(LatexSymbols.WORDS.get(name));
            } else if (LatexSymbols.SWITCHES.contains(name)) {
                skipSpaces();
            } else if (LatexSymbols.VERBATIM_ARGUMENT.contains(name)) {
                skipSpaces();
                copyArgument();
            } else if (LatexSymbols.HIDDEN_ARGUMENT.contains(name)) {
                skipSpaces();
                skipArgument();
            } else {
                int afterSpaces = skipSpacesFrom(pos);
                boolean hasArgument = afterSpaces < in.length() && in.charAt(afterSpaces) == '{';
                if (hasArgument) {
                    // the argument is read as an ordinary group: its text stays, its braces go
                    pos = afterSpaces;
                } else if (!LatexSymbols.TEXT_COMMANDS.contains(name)) {
                    out.append(name);
                }
            }
        }

        private void controlSymbol(char symbol) {
            String name = String.valueOf(symbol);
            Character mark = LatexSymbols.ACCENTS.get(name);
            if (LatexSymbols.ESCAPED.contains(symbol)) {
                out.append(symbol);
            } else if (mark != null) {
                skipSpaces();
                accent(mark, name);
            } else if (LatexSymbols.LETTERS.containsKey(name)) {
                out.append(LatexSymbols.LETTERS.get(name));
            } else if (LatexSymbols.WORDS.containsKey(name)) {
                out.append(LatexSymbols.WORDS.get(name));
            } else if (symbol != '\n' && symbol != '\r' && symbol != '\t') {
                out.append(symbol);
            } else {
                out.append(' ');
            }
        }

        /** The accent's argument is a group, a command such as {@code \i}, or the next character. */
        private void accent(char mark, String name) {
            String spacing = LatexSymbols.SPACING_ACCENTS.getOrDefault(name, "");
            int start = out.length();
            if (pos >= in.length()) {
                out.append(spacing);
                return;
            }
            char next = in.charAt(pos);
            switch (next) {
                case '{' -> {
                    groups.push(new Group(mark, spacing, start));
                    pos++;
                }
                case '\\' -> {
                    command();
                    applyAccent(mark, spacing, start);
                }
                case '}', '$' -> out.append(spacing);
                default -> {
                    int codePoint = in.codePointAt(pos);
                    out.appendCodePoint(codePoint);
                    pos += Character.charCount(codePoint);
                    applyAccent(mark, spacing, start);
                }
            }
        }

        private void closeGroup() {
            if (groups.isEmpty()) {
                return;
            }
            Group group = groups.pop();
            if (group.mark() != null) {
                applyAccent(group.mark(), group.spacing(), group.start());
            }
        }

        /** Puts the mark after the first character written since {@code start}; NFC later composes the two. */
        private void applyAccent(char mark, String spacing, int start) {
            if (out.length() == start) {
                out.append(spacing);
                return;
            }
            char base = out.charAt(start);
            // a dotless i or j under an accent is how LaTeX writes an accented i or j
            if (base == 'ı') {
                out.setCharAt(start, 'i');
            } else if (base == 'ȷ') {
                out.setCharAt(start, 'j');
            }
            out.insert(start + Character.charCount(out.codePointAt(start)), mark);
        }

        private void math() {
            boolean display = pos + 1 < in.length() && in.charAt(pos + 1) == '$';
            String delimiter = display ? "$$" : "$";
            int contentStart = pos + delimiter.length();
            int close = closingDollar(contentStart, delimiter);
            if (close < 0) {
                out.append('$');
                pos++;
                return;
            }
            String content = in.substring(contentStart, close);
            out.append(isPlainMath(content) ? content : delimiter + content + delimiter);
            pos = close + delimiter.length();
        }

        private int closingDollar(int from, String delimiter) {
            for (int i = from; i < in.length(); i++) {
                char c = in.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (in.startsWith(delimiter, i)) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isPlainMath(String content) {
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (!Character.isLetterOrDigit(c) && " .,+-=/():%".indexOf(c) < 0) {
                    return false;
                }
            }
            return true;
        }

        private void dash() {
            if (in.startsWith("---", pos)) {
                out.append('—');
                pos += 3;
            } else if (in.startsWith("--", pos)) {
                out.append('–');
                pos += 2;
            } else {
                out.append('-');
                pos++;
            }
        }

        /** TeX quotes: a doubled mark is a double quote, a single one the given single form. */
        private void pair(char mark, String doubled, String single) {
            if (pos + 1 < in.length() && in.charAt(pos + 1) == mark) {
                out.append(doubled);
                pos += 2;
            } else {
                out.append(single);
                pos++;
            }
        }

        private void copyArgument() {
            if (startsGroup()) {
                int close = closingBrace();
                out.append(in, pos + 1, close);
                pos = Math.min(close + 1, in.length());
            }
        }

        private void skipArgument() {
            if (startsGroup()) {
                pos = Math.min(closingBrace() + 1, in.length());
            }
        }

        private boolean startsGroup() {
            return pos < in.length() && in.charAt(pos) == '{';
        }

        /** The brace that closes the group opening at {@code pos}; the end of the text when none does. */
        private int closingBrace() {
            int depth = 0;
            for (int i = pos; i < in.length(); i++) {
                char c = in.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            return in.length();
        }

        private void skipSpaces() {
            pos = skipSpacesFrom(pos);
        }

        private int skipSpacesFrom(int from) {
            int i = from;
            while (i < in.length() && Character.isWhitespace(in.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }

    /** An open brace; for an accent's argument it knows the mark and where the argument's text starts. */
    private record Group(Character mark, String spacing, int start) {

        static final Group PLAIN = new Group(null, "", 0);
    }
}
