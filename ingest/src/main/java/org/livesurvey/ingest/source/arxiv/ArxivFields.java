package org.livesurvey.ingest.source.arxiv;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.metadata.Dois;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.PersonNames;
import org.livesurvey.ingest.metadata.ReadLimits;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.PartialDate;

/**
 * What one arXiv record says, as text the way its source wrote it. The readers fill it while they walk the XML and
 * check and convert it here, after the record's element has been read to its end: a bad value then costs one record,
 * never the reader's place in the stream.
 */
final class ArxivFields {

    private static final String ABS_PAGE = "https://arxiv.org/abs/";
    private static final Pattern VERSION_LABEL = Pattern.compile("v(\\d{1,6})");

    /** An {@code arXivRaw} version: its label ({@code v2}) and date as written. */
    record Version(String label, String date) {
    }

    /** The source's identifier of the work: an abs URL, an OAI identifier or a bare arXiv id. */
    String id;
    String title;
    String abstractText;
    final List<String> authors = new ArrayList<>();
    String primaryCategory;
    final List<String> categories = new ArrayList<>();
    String comment;
    String journalRef;
    /** arXiv writes a second DOI (an erratum's) after the first, space-separated: the first is the work's. */
    String doi;
    String pdf;
    String published;
    String updated;
    final List<Version> versions = new ArrayList<>();

    /**
     * @throws InvalidRecordException                when the record has no arXiv id or a date that is not one
     * @throws ReadLimits.FieldTooLongException when a field is over the limit
     */
    MetadataRecord toRecord(String origin) {
        ArxivIds.Versioned arxiv = ArxivIds.parse(id);
        if (arxiv == null) {
            throw new InvalidRecordException(id == null ? "no arXiv id" : "no arXiv id in '" + id + "'");
        }
        MetadataRecord.Builder record = MetadataRecord.builder(origin)
                .title(ReadLimits.checkField("title", title))
                .abstractText(ReadLimits.checkField("abstract", abstractText))
                .comment(ReadLimits.checkField("comment", comment))
                .journalRef(ReadLimits.checkField("journal-ref", journalRef))
                .doi(Dois.normalize(ReadLimits.checkField("doi", doi)))
                .arxivId(arxiv.id())
                .arxivVersion(arxiv.version())
                .links(new Links(ABS_PAGE + arxiv.id(), https(pdf), null, null))
                .type("preprint");
        for (String author : authors) {
            ReadLimits.checkField("author", author);
            if (PersonNames.isTruncationMarker(author)) {
                record.authorsTruncated(true);
            } else {
                record.author(author);
            }
        }
        record.arxivCategory(primaryCategory);
        categories.forEach(record::arxivCategory);
        if (versions.isEmpty()) {
            record.published(date("published", published)).updated(date("updated", updated));
        } else {
            addVersions(record);
        }
        return record.build();
    }

    // published is the first version's date, updated the latest's, which is also the record's version
    private void addVersions(MetadataRecord.Builder record) {
        Comparator<Version> byNumber = Comparator.comparingInt(ArxivFields::number);
        Version first = versions.stream().min(byNumber).orElseThrow();
        Version latest = versions.stream().max(byNumber).orElseThrow();
        record.published(date("published", first.date()))
                .updated(date("updated", latest.date()))
                .arxivVersion(number(latest));
    }

    private static int number(Version version) {
        Matcher m = VERSION_LABEL.matcher(version.label() == null ? "" : version.label().strip());
        if (!m.matches()) {
            throw new InvalidRecordException("version '" + version.label() + "' is not of the form v1, v2, ...");
        }
        return Integer.parseInt(m.group(1));
    }

    private static PartialDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ArxivDates.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidRecordException(field + ": " + e.getMessage());
        }
    }

    private static String https(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String clean = url.strip();
        return clean.startsWith("http://") ? "https://" + clean.substring("http://".length()) : clean;
    }
}
