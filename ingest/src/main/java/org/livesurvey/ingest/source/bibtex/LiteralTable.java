package org.livesurvey.ingest.source.bibtex;

import java.util.Arrays;

/**
 * Field texts kept out of the parser's way. jbibtex reads a braced or quoted text one character per token, which
 * makes it the slowest part of reading a file; so each entry reaches it with every text replaced by a short stand-in
 * that names the text's place in the file, and the parsed values get their texts back here. jbibtex still parses the
 * structure: keys, {@code =}, {@code #} concatenation and {@code @string} macros (whose values are stand-ins too).
 *
 * <p>A stand-in is a private-use character, a number and another private-use character, followed by as many line
 * breaks as the text had, so that jbibtex's line numbers stay right. A file that itself holds one of the two
 * characters gets no stand-ins: it is parsed the slow way.
 */
final class LiteralTable {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private final String text;
    private final boolean enabled;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int size;

    LiteralTable(String text) {
        this.text = text;
        this.enabled = text.indexOf(OPEN) < 0 && text.indexOf(CLOSE) < 0;
    }

    /** What jbibtex gets in place of the text from {@code start} to {@code end}. */
    void appendStandIn(StringBuilder out, int start, int end) {
        if (!enabled) {
            out.append(text, start, end);
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        out.append(OPEN).append(size).append(CLOSE);
        size++;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
                out.append('\n');
            }
        }
    }

    /** The parsed value with each stand-in replaced by its text again. */
    String restore(String value) {
        if (!enabled || value.indexOf(OPEN) < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() * 4);
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int close = c == OPEN ? value.indexOf(CLOSE, i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            int index = Integer.parseInt(value, i + 1, close, 10);
            out.append(text, starts[index], ends[index]);
            i = close + 1;
            while (i < value.length() && value.charAt(i) == '\n') {
                i++;
            }
        }
        return out.toString();
    }
}
