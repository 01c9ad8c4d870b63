package org.livesurvey.search.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A highlight fragment of the search service taken apart into plain text and matched words, so that the page renders
 * every piece with {@code th:text} and puts only its own {@code <mark>} around matches. The service already escapes
 * everything but its {@code <mark>} tags; the page does not rely on it: the text is unescaped here and escaped again
 * by the template, so markup in a title shows as text whatever the engine returned.
 */
final class MarkedText {

    private static final String START = "<mark>";
    private static final String END = "</mark>";

    private MarkedText() {
    }

    /** A piece of text, {@code marked} when it matched the search. */
    public record Segment(String text, boolean marked) {
    }

    static List<Segment> plain(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, false));
    }

    /** An unclosed {@code <mark>} marks up to the end; a stray {@code </mark>} is dropped. */
    static List<Segment> fromHighlight(String fragment) {
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        while (position < fragment.length()) {
            int start = fragment.indexOf(START, position);
            if (start < 0) {
                add(segments, fragment.substring(position), false);
                break;
            }
            add(segments, fragment.substring(position, start), false);
            int end = fragment.indexOf(END, start + START.length());
            int markedEnd = end < 0 ? fragment.length() : end;
            add(segments, fragment.substring(start + START.length(), markedEnd), true);
            position = end < 0 ? fragment.length() : end + END.length();
        }
        return List.copyOf(segments);
    }

    private static void add(List<Segment> segments, String escaped, boolean marked) {
        String text = HtmlUtils.htmlUnescape(escaped.replace(END, ""));
        if (!text.isEmpty()) {
            segments.add(new Segment(text, marked));
        }
    }
}
