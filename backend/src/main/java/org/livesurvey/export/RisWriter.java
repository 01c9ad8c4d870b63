package org.livesurvey.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RIS, the tagged format of reference managers (EndNote, Zotero, Mendeley): one {@code TAG  - value} line
 * per field ending in CR LF as the format's specification asks, {@code TY} first and {@code ER} last, one
 * {@code AU} per author as {@code Family, Given} (RIS has no mark for a list the source cut short). Types are
 * {@code JOUR}, {@code CONF} and {@code GEN} for preprints (RIS has no preprint type; {@code N1} then names the arXiv
 * id). A value is one line, so line breaks inside it become spaces. Records are separated by a blank line.
 */
final class RisWriter {

    private static final String LINE_END = "\r\n";
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\s\\p{Cc}]+");

    String write(List<CitedPaper> papers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < papers.size(); i++) {
            if (i > 0) {
                out.append(LINE_END);
            }
            record(out, papers.get(i));
        }
        return out.toString();
    }

    private static void record(StringBuilder out, CitedPaper paper) {
        line(out, "TY", type(paper.kind()));
        paper.authors().forEach(name -> line(out, "AU", author(name)));
        line(out, "TI", paper.details().title());
        if (paper.date() != null) {
            line(out, "PY", String.valueOf(paper.date().year()));
            if (paper.date().month() != null) {
                line(out, "DA", date(paper.date()));
            }
        }
        line(out, "T2", paper.venue());
        line(out, "DO", paper.doi());
        line(out, "UR", paper.url());
        line(out, "AB", paper.details().abstractText());
        if (paper.arxivId() != null) {
            line(out, "N1", "arXiv:" + paper.arxivId());
        }
        out.append("ER  - ").append(LINE_END);
    }

    private static String type(PublicationKind kind) {
        return switch (kind) {
            case JOURNAL_ARTICLE -> "JOUR";
            case CONFERENCE_PAPER -> "CONF";
            case PREPRINT -> "GEN";
        };
    }

    private static String author(PersonName name) {
        StringBuilder out = new StringBuilder(name.family());
        if (name.given() != null) {
            out.append(", ").append(name.given());
        }
        if (name.suffix() != null) {
            out.append(", ").append(name.suffix());
        }
        return out.toString();
    }

    /** {@code YYYY/MM/DD/}, the day left empty when unknown ({@code 2025/04//}). */
    private static String date(PublicationDate date) {
        String day = date.day() == null ? "" : String.format("%02d", date.day());
        return String.format("%04d/%02d/%s/", date.year(), date.month(), day);
    }

    private static void line(StringBuilder out, String tag, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        out.append(tag).append("  - ").append(LINE_BREAKS.matcher(value.strip()).replaceAll(" ")).append(LINE_END);
    }
}
