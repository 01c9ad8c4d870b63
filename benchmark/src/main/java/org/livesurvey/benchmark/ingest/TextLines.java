package org.livesurvey.benchmark.ingest;

import java.util.ArrayList;
import java.util.List;

/** Long texts broken into lines at spaces, as OAI-PMH and RIS exports write abstracts. */
final class TextLines {

    private TextLines() {
    }

    /** The words of the text in lines of at most {@code width} characters (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
