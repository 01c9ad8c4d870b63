package org.livesurvey.ingest.source.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.metadata.Dois;
import org.livesurvey.ingest.metadata.LatexText;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.PaperLinks;
import org.livesurvey.ingest.metadata.ReadLimits;

/**
 * One parsed entry as a {@link MetadataRecord}. Texts are decoded from LaTeX; URLs and DOIs are not (a URL's {@code ~}
 * is no space), only their escapes are undone. The arXiv id comes from {@code eprint} with
 * {@code archivePrefix}/{@code eprinttype} arXiv, from an arxiv.org URL, or from a Google Scholar style journal
 * "arXiv preprint arXiv:2203.02155".
 */
final class BibtexRecordMapper {

    private BibtexRecordMapper() {
    }

    /**
     * @throws InvalidEntryException when the entry has no title
     * @throws ReadLimits.FieldTooLongException when one of its fields is over the limit
     */
    static MetadataRecord toRecord(BibtexEntry entry, String origin) {
        for (Map.Entry<String, String> field : entry.fields().entrySet()) {
            ReadLimits.checkField(field.getKey(), field.getValue());
        }
        BibtexNames.Authors authors = BibtexNames.parse(entry.field("author"));
        String venue = text(firstOf(entry, "journal", "journaltitle", "booktitle"));
        String doi = Dois.normalize(unescapeUrl(entry.field("doi")));
        ArxivIds.Versioned arxiv = arxivId(entry, venue, doi);
        String arxivId = arxiv == null ? null : arxiv.id();
        MetadataRecord record = MetadataRecord.builder(origin)
                .title(text(entry.field("title")))
                .authors(authors.names())
                .authorsTruncated(authors.truncated())
                .abstractText(text(entry.field("abstract")))
                .published(BibtexDates.published(entry.field("year"), entry.field("month"), entry.field("date")))
                .venue(venue)
                .doi(doi)
                .arxivId(arxivId)
                .arxivVersion(arxiv == null ? null : arxiv.version())
                .links(PaperLinks.of(urls(entry), arxivId, doi))
                .type(entry.chunk().type())
                .build();
        if (record.title() == null) {
            throw new InvalidEntryException("has no title");
        }
        return record;
    }

    private static ArxivIds.Versioned arxivId(BibtexEntry entry, String venue, String doi) {
        String eprint = unescapeUrl(entry.field("eprint"));
        String prefix = firstOf(entry, "archiveprefix", "eprinttype");
        if (eprint != null && prefix != null && prefix.strip().equalsIgnoreCase("arxiv")) {
            return ArxivIds.parse(eprint);
        }
        for (String url : urls(entry)) {
            if (url.toLowerCase(Locale.ROOT).contains("arxiv.org/")) {
                return ArxivIds.parse(url);
            }
        }
        if (venue != null && venue.strip().toLowerCase(Locale.ROOT).startsWith("arxiv")) {
            return ArxivIds.parse(venue);
        }
        return doi != null && doi.startsWith("10.48550/") ? ArxivIds.parse(doi) : null;
    }

    /** The entry's URLs: {@code url}, then an {@code eprint} that is a URL (Wiley puts the PDF there). */
    private static List<String> urls(BibtexEntry entry) {
        List<String> urls = new ArrayList<>();
        String url = firstUrl(entry.field("url"));
        if (url != null) {
            urls.add(url);
        }
        String eprint = firstUrl(entry.field("eprint"));
        if (eprint != null && eprint.matches("(?i)^https?://.*")) {
            urls.add(eprint);
        }
        return urls;
    }

    /** Exports put several URLs in one field, separated by spaces; the first is the record's. */
    private static String firstUrl(String field) {
        String url = unescapeUrl(field);
        if (url == null || url.isBlank()) {
            return null;
        }
        return url.strip().split("\\s+", 2)[0];
    }

    /** Undoes the escapes and braces that exports put in URLs and DOIs ({@code 10.1000/a\_b}). */
    private static String unescapeUrl(String field) {
        return field == null ? null : field.replaceAll("\\\\([_%&#$~])", "$1").replace("{", "").replace("}", "");
    }

    /** LaTeX decoded; the builder collapses whitespace and turns blank into {@code null}. */
    private static String text(String field) {
        return LatexText.toUnicode(field);
    }

    private static String firstOf(BibtexEntry entry, String... names) {
        for (String name : names) {
            String value = entry.field(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** An entry that parses but cannot be a record; the message completes "entry 'key' at line 3 ...". */
    static final class InvalidEntryException extends RuntimeException {

        InvalidEntryException(String message) {
            super(message);
        }
    }
}
