package org.livesurvey.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes BibTeX entries: {@code @inproceedings} for conference papers, {@code @article} for other venues and
 * {@code @misc} with arXiv's {@code eprint}/{@code archivePrefix} for preprints, the form arXiv exports itself
 * ({@code primaryClass} is left out: the corpus does not know it). Every value is braced; text is escaped with
 * {@link LatexText}, links and identifiers are kept verbatim. Keys come from {@link CitationKeys}. Entries are
 * separated by a blank line.
 */
final class BibtexWriter {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    private static final int SHORT_TITLE_LENGTH = 40;

    String write(List<CitedPaper> papers) {
        List<String> keys = CitationKeys.assign(papers);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < papers.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(entry(papers.get(i), keys.get(i)));
        }
        return out.toString();
    }

    private static String entry(CitedPaper paper, String key) {
        List<String> fields = new ArrayList<>();
        String title = nullToEmpty(paper.details().title());
        if (paper.authors().isEmpty()) {
            fields.add(braced("key", LatexText.escape(shortTitle(title))));
        } else {
            fields.add(braced("author", authors(paper.authors(), paper.details().authorsTruncated())));
        }
        fields.add(braced("title", LatexText.title(title)));
        switch (paper.kind()) {
            case CONFERENCE_PAPER -> fields.add(braced("booktitle", LatexText.escape(paper.venue())));
            case JOURNAL_ARTICLE -> fields.add(braced("journal", LatexText.escape(paper.venue())));
            case PREPRINT -> { }
        }
        if (paper.date() != null) {
            fields.add(braced("year", String.valueOf(paper.date().year())));
            if (paper.date().month() != null) {
                // a month macro, not a string: styles print it in their own language and abbreviation
                fields.add("month = " + MONTHS[paper.date().month() - 1]);
            }
        }
        addVerbatimIfPresent(fields, "doi", paper.doi());
        addVerbatimIfPresent(fields, "url", paper.url());
        if (paper.arxivId() != null) {
            fields.add(braced("eprint", LatexText.verbatim(paper.arxivId())));
            fields.add(braced("archivePrefix", "arXiv"));
        }
        String abstractText = paper.details().abstractText();
        if (abstractText != null && !abstractText.isBlank()) {
            fields.add(braced("abstract", LatexText.escape(abstractText)));
        }
        return "@" + entryType(paper.kind()) + "{" + key + ",\n"
                + fields.stream().map(field -> "  " + field).collect(Collectors.joining(",\n"))
                + "\n}\n";
    }

    /**
     * What BibTeX styles sort and label an entry without authors by, in place of a name: the title up to its colon
     * when that is short, as in {@code DyMU: Dynamic Merging ...}, else the whole title. Without it, plainnat labels
     * such entries by the first letters of their citation key, and more than 26 alike in a year break the document.
     */
    private static String shortTitle(String title) {
        int colon = title.indexOf(':');
        return colon > 0 && colon <= SHORT_TITLE_LENGTH ? title.substring(0, colon) : title;
    }

    private static String entryType(PublicationKind kind) {
        return switch (kind) {
            case CONFERENCE_PAPER -> "inproceedings";
            case JOURNAL_ARTICLE -> "article";
            case PREPRINT -> "misc";
        };
    }

    /**
     * {@code Family, Given and Family, Suffix, Given}: the one form BibTeX never misreads. A list the source cut short
     * ends in {@code and others}, which styles print as "et al.".
     */
    private static String authors(List<PersonName> names, boolean truncated) {
        String listed = names.stream().map(BibtexWriter::author).collect(Collectors.joining(" and "));
        return truncated ? listed + " and others" : listed;
    }

    private static String author(PersonName name) {
        StringBuilder out = new StringBuilder(LatexText.escape(name.family()));
        if (name.suffix() != null) {
            out.append(", ").append(LatexText.escape(name.suffix()));
        }
        if (name.given() != null) {
            out.append(", ").append(LatexText.escape(name.given()));
        }
        String written = out.toString();
        // BibTeX splits author lists at every word "and"; an organisation named "... and ..." must stay one author
        return containsWordAnd(written) ? "{" + written + "}" : written;
    }

    private static boolean containsWordAnd(String text) {
        for (String word : text.split("[\\s,]+")) {
            if (word.toLowerCase(Locale.ROOT).equals("and")) {
                return true;
            }
        }
        return false;
    }

    private static void addVerbatimIfPresent(List<String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(braced(name, LatexText.verbatim(value)));
        }
    }

    private static String braced(String name, String value) {
        return name + " = {" + value + "}";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
