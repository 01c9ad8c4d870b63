package org.livesurvey.benchmark;

import java.util.Optional;

/**
 * A part of {@code RESULTS.md} that one benchmark writes between two HTML comments and that every other benchmark
 * keeps when it rewrites the file.
 */
public final class ReportSection {

    /** What {@code ./livesurvey benchmark ingest} writes. */
    public static final ReportSection INGEST = new ReportSection("ingest benchmark");

    private final String start;
    private final String end;

    private ReportSection(String name) {
        this.start = "<!-- " + name + ": start -->";
        this.end = "<!-- " + name + ": end -->";
    }

    /** The text between the markers, when the document has both in order. */
    public Optional<String> in(String document) {
        int from = document.indexOf(start);
        int to = from < 0 ? -1 : document.indexOf(end, from);
        return to < 0 ? Optional.empty() : Optional.of(document.substring(from + start.length(), to));
    }

    /**
     * The document with {@code body} between the markers in place of what stood there, or with the section appended
     * when the document has none.
     *
     * @throws IllegalArgumentException when the document has the start marker but no end marker after it
     */
    public String replaceIn(String document, String body) {
        String section = start + body + end;
        int from = document.indexOf(start);
        if (from < 0) {
            String separator = document.isEmpty() ? "" : document.endsWith("\n\n") ? "" :
                    document.endsWith("\n") ? "\n" : "\n\n";
            return document + separator + section + "\n";
        }
        int to = document.indexOf(end, from);
        if (to < 0) {
            throw new IllegalArgumentException("the results file has '" + start + "' but no '" + end
                    + "' after it; mend or remove the marker");
        }
        return document.substring(0, from) + section + document.substring(to + end.length());
    }

    /** The new document with the section of the old one, if the old one had it. */
    public String carriedOver(String newDocument, String oldDocument) {
        return in(oldDocument).map(body -> replaceIn(newDocument, body)).orElse(newDocument);
    }
}
