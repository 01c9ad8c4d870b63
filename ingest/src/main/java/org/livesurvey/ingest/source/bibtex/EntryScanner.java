package org.livesurvey.ingest.source.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.livesurvey.ingest.metadata.ReadLimits;

/**
 * Cuts a BibTeX file into its entries in one pass, so that one broken entry costs only itself: the parser stops at
 * the first syntax error of whatever it is given. Text between entries is skipped (BibTeX ignores it, and exports put
 * notes there), and so are {@code %} comment lines and {@code @comment}/{@code @preamble}.
 *
 * <p>An entry ends at the brace (or parenthesis) that closes it, counting braces the way the parser does (a brace
 * after a backslash does not count) and reading quoted values as BibTeX does. An entry that is still open when a line
 * starts with the next {@code @type{} is cut there and reported as not closed, so a truncated entry does not swallow
 * the entries after it. A value longer than {@link ReadLimits#MAX_FIELD_CHARS} flaws its entry before any parsing.
 */
final class EntryScanner {

    private static final String PLAIN_KEY = "key";

    private final String text;
    private final LiteralTable literals;
    private int pos;
    private int line = 1;

    EntryScanner(String text, LiteralTable literals) {
        this.text = text;
        this.literals = literals;
    }

    /** The next entry, or {@code null} at the end of the text. */
    EntryChunk next() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == '%') {
                skipToEndOfLine();
            } else if (c == '@') {
                EntryChunk chunk = entry();
                if (chunk != null) {
                    return chunk;
                }
            } else {
                pos++;
            }
        }
        return null;
    }

    /** The entry at {@code pos}; {@code null} when the {@code @} starts none or starts a comment or preamble. */
    private EntryChunk entry() {
        Header header = headerAt(pos);
        if (header == null) {
            pos++;
            return null;
        }
        int startLine = line;
        boolean keyless = header.type.equals("string") || header.type.equals("preamble");
        Key key = keyless ? null : keyAt(header.bodyStart, header.closer);
        Body body = scanBody(header.bodyStart, header.closer);
        pos = body.end;
        if (header.type.equals("comment") || header.type.equals("preamble")) {
            return null;
        }
        String keyText = key == null ? "" : key.text;
        if (!body.closed) {
            return new EntryChunk(startLine, header.type, keyText, null, body.end < text.length()
                    ? "is not closed before line " + line : "is not closed before the end of the file");
        }
        if (body.tooLong != null) {
            return new EntryChunk(startLine, header.type, keyText, null, "is dropped: " + body.tooLong);
        }
        return new EntryChunk(startLine, header.type, keyText, parseText(header, key, body), null);
    }

    /**
     * The entry as jbibtex gets it: in braces, since it reads "@string(name" as one word; with a plain key; and
     * with stand-ins for its texts ({@link LiteralTable}).
     */
    private String parseText(Header header, Key key, Body body) {
        StringBuilder out = new StringBuilder(body.end - header.bodyStart + 32);
        out.append('@').append(header.type).append('{');
        int from = header.bodyStart;
        if (key != null) {
            // jbibtex wants a comma after the key even when no field follows
            out.append(text, from, key.start).append(PLAIN_KEY).append(key.fieldless ? "," : "");
            from = key.end;
        }
        for (int[] literal : body.literals) {
            out.append(text, from, literal[0]);
            literals.appendStandIn(out, literal[0], literal[1]);
            from = literal[1];
        }
        return out.append(text, from, body.end - 1).append('}').toString();
    }

    private record Header(String type, int bodyStart, char closer) {
    }

    /** {@code @type{} or {@code @type(} at {@code at}, or {@code null}. */
    private Header headerAt(int at) {
        int i = skipBlanks(at + 1);
        int nameStart = i;
        if (i >= text.length() || !isAsciiLetter(text.charAt(i))) {
            return null;
        }
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        String type = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
        i = skipBlanks(i);
        if (i >= text.length()) {
            return null;
        }
        char opener = text.charAt(i);
        if (opener != '{' && opener != '(') {
            return null;
        }
        return new Header(type, i + 1, opener == '{' ? '}' : ')');
    }

    /** @param fieldless the key closes the entry ({@code @misc{first}}) */
    private record Key(String text, int start, int end, boolean fieldless) {
    }

    /**
     * The citation key: what stands before the first comma or the end of the entry, unless an {@code =} comes first
     * (then the entry has none). An empty key ({@code @misc{,}) gives an empty text whose place the plain key fills.
     */
    private Key keyAt(int bodyStart, char closer) {
        int start = skipWhitespace(bodyStart);
        int end = start;
        while (end < text.length() && !endsKey(text.charAt(end), closer)) {
            end++;
        }
        int after = skipWhitespace(end);
        char next = after < text.length() ? text.charAt(after) : 0;
        if (next == ',' || (next == closer && end > start)) {
            return new Key(text.substring(start, end), start, end, next == closer);
        }
        return null;
    }

    private static boolean endsKey(char c, char closer) {
        return Character.isWhitespace(c) || c == closer || ",={}\"#%".indexOf(c) >= 0;
    }

    /** Where the entry ends, and the start and end of each of its braced or quoted texts. */
    private record Body(int end, boolean closed, String tooLong, List<int[]> literals) {
    }

    private Body scanBody(int from, char closer) {
        int depth = 0;
        boolean quoted = false;
        int valueStart = -1;
        String field = null;
        String tooLong = null;
        List<int[]> literals = new ArrayList<>();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                if (startsEntryLine(i + 1)) {
                    return new Body(i + 1, false, null, literals);
                }
            } else if (depth == 0 && !quoted) {
                switch (c) {
                    case '%' -> i = endOfLine(i) - 1;
                    case '=' -> field = fieldNameBefore(i);
                    case '{' -> {
                        depth = 1;
                        valueStart = i + 1;
                    }
                    case '"' -> {
                        quoted = true;
                        valueStart = i + 1;
                    }
                    default -> {
                        if (c == closer) {
                            return new Body(i + 1, true, tooLong, literals);
                        }
                    }
                }
            } else if (c == '"' && quoted && depth == 0) {
                quoted = false;
                literals.add(new int[] {valueStart, i});
                tooLong = tooLong == null ? lengthProblem(field, valueStart, i) : tooLong;
            } else if ((c == '{' || c == '}') && text.charAt(i - 1) != '\\') {
                depth += c == '{' ? 1 : -1;
                if (depth < 0) {
                    depth = 0;
                } else if (depth == 0 && !quoted) {
                    literals.add(new int[] {valueStart, i});
                    tooLong = tooLong == null ? lengthProblem(field, valueStart, i) : tooLong;
                }
            }
        }
        return new Body(text.length(), false, null, literals);
    }

    /** Whether a line starts (after blanks) with {@code @type{}: the previous entry is left open before it. */
    private boolean startsEntryLine(int lineStart) {
        int i = skipBlanks(lineStart);
        return i < text.length() && text.charAt(i) == '@' && headerAt(i) != null;
    }

    private String lengthProblem(String field, int valueStart, int valueEnd) {
        if (valueEnd - valueStart <= ReadLimits.MAX_FIELD_CHARS) {
            return null;
        }
        try {
            ReadLimits.checkField(field == null ? "a field" : field, text.substring(valueStart, valueEnd));
            return null;
        } catch (ReadLimits.FieldTooLongException e) {
            return e.getMessage();
        }
    }

    private String fieldNameBefore(int equals) {
        int end = equals;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isNameChar(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private void skipToEndOfLine() {
        pos = endOfLine(pos);
    }

    private int endOfLine(int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private int skipBlanks(int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private int skipWhitespace(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':' || c == '.';
    }
}
