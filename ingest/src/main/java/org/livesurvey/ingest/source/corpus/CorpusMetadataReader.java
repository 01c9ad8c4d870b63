package org.livesurvey.ingest.source.corpus;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.metadata.Dois;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataBatch.Paging;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.ReadLimits;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.source.json.Authors;
import org.livesurvey.ingest.source.json.BatchCollector;
import org.livesurvey.ingest.source.json.InvalidRecordException;
import org.livesurvey.ingest.source.json.JsonFields;
import org.livesurvey.ingest.source.json.JsonHead;
import org.livesurvey.ingest.source.json.JsonInput;
import org.livesurvey.ingest.source.json.RecordLinks;
import org.livesurvey.ingest.source.json.PublicationDates;
import org.livesurvey.ingest.metadata.Venues;

/**
 * Reads the JSON Lines files of the shared corpus ({@code ../shared/corpus/README.md}) as metadata records:
 * {@code papers.jsonl}, what curated lists say about each paper (title, arXiv id or link, year, venue, code), and the
 * arXiv listings {@code arxiv-metadata.jsonl} and {@code arxiv-daily/*.jsonl} (authors, abstract, categories,
 * comment). One reader serves all three because a field means the same in each; a list entry is told apart by its
 * {@code source_list}. One broken line is a problem of the batch; the other lines are still read.
 *
 * <p>The corpus importer reads {@code papers.jsonl} with {@link org.livesurvey.ingest.source.CorpusJsonlReader},
 * which keeps what only the corpus has (appearances, categories of the taxonomy).
 */
public final class CorpusMetadataReader implements MetadataReader {

    private static final String FORMAT = "LiveSurvey corpus (JSON Lines)";
    /** The type of a record that a curated list gives: an entry of a list, not a bibliographic record. */
    private static final String LIST_ENTRY = "list-entry";
    private static final Pattern NEW_STYLE_ID = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}");
    private static final Pattern OLD_STYLE_ID = Pattern.compile(".+/(\\d{2})(\\d{2})\\d{3}");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean recognises(byte[] head, String name) {
        JsonHead shape = JsonHead.of(head);
        return shape.isObject() && shape.recordOnFirstLine() && shape.hasKey("corpus_id", "source_list", "arxiv_id");
    }

    @Override
    public MetadataBatch read(byte[] content, String name) {
        ReadLimits.checkInputSize(name, content.length);
        rejectWideEncoding(content, name);
        BatchCollector batch = new BatchCollector(FORMAT, name);
        int lineNumber = 0;
        int jsonLines = 0;
        String firstFailure = null;
        for (int start = startAfterByteOrderMark(content); start < content.length; ) {
            int end = lineEnd(content, start);
            int number = ++lineNumber;
            if (!isBlank(content, start, end)) {
                try {
                    JsonNode line = parseLine(content, start, end);
                    jsonLines++;
                    batch.add(number, null, () -> record(line, batch.origin(number)));
                } catch (JacksonException e) {
                    String failure = JsonInput.describe(e, number);
                    firstFailure = firstFailure == null ? failure : firstFailure;
                    batch.problem(number, null, failure);
                }
            }
            start = end + 1;
        }
        if (jsonLines == 0 && firstFailure != null) {
            throw MetadataReadException.malformed(name, "no line is JSON; the first: " + firstFailure, null);
        }
        return batch.build(Paging.COMPLETE);
    }

    private static JsonNode parseLine(byte[] content, int start, int end) throws JacksonException {
        try (JsonParser parser = JsonInput.parser(content, start, end - start)) {
            JsonNode line = JsonInput.readTree(parser);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "a second JSON value on the same line");
            }
            return line;
        } catch (JacksonException e) {
            throw e;
        } catch (CharConversionException e) {
            // Jackson detects the encoding of each line: one that opens with zero bytes is taken for UTF-32 and refused
            throw new JsonParseException(null, "not UTF-8: " + e.getMessage(), e);
        } catch (IOException e) {
            // a parser over a byte array does no I/O; anything else it throws is a JacksonException
            throw new IllegalStateException(e);
        }
    }

    private static MetadataRecord record(JsonNode node, String origin) {
        if (!node.isObject()) {
            throw new InvalidRecordException("not a JSON object");
        }
        JsonFields line = JsonFields.of(node);
        ArxivIds.Versioned arxiv = ArxivIds.parse(line.text("arxiv_id"));
        String arxivId = arxiv == null ? null : arxiv.id();
        FeedAbstract abstractText = FeedAbstract.of(line.text("abstract"), arxivId);
        Integer version = arxiv == null || arxiv.version() == null ? abstractText.announcedVersion() : arxiv.version();
        String doi = Dois.normalize(line.text("doi"));
        String url = line.text("url");
        boolean listEntry = line.has("source_list");
        PartialDate published = PublicationDates.of(line.text("published"), line.number("year"));
        MetadataRecord.Builder record = MetadataRecord.builder(origin)
                .title(line.text("title"))
                .authorsTruncated(line.flag("authors_truncated"))
                .abstractText(abstractText.text())
                .published(published != null ? published : submissionMonth(arxivId))
                .venue(Venues.unlessArxiv(line.text("venue")))
                .arxivId(arxivId)
                .arxivVersion(version)
                .doi(doi)
                .arxivCategory(line.text("primary_category"))
                .comment(line.text("comment"))
                .journalRef(line.text("journal_ref"))
                .links(new Links(RecordLinks.landingPage(url, arxivId, doi), RecordLinks.isPdf(url) ? url : null,
                        line.text("code_url"), null))
                .type(listEntry ? LIST_ENTRY : null)
                .source(listEntry ? line.text("source_list") : line.text("source"));
        if (!listEntry) {
            // a list entry's categories are those of the LiveSurvey taxonomy, not arXiv's
            line.texts("categories").forEach(record::arxivCategory);
        }
        line.texts("authors").forEach(author -> Authors.add(record, author));
        return record.build();
    }

    /**
     * The month an arXiv id was assigned, which is the month of its first version: the arXiv listings of the
     * corpus give no date ({@code published} is always null), but the id does.
     */
    private static PartialDate submissionMonth(String arxivId) {
        if (arxivId == null) {
            return null;
        }
        Matcher newStyle = NEW_STYLE_ID.matcher(arxivId);
        Matcher oldStyle = OLD_STYLE_ID.matcher(arxivId);
        Matcher id = newStyle.matches() ? newStyle : oldStyle.matches() ? oldStyle : null;
        if (id == null) {
            return null;
        }
        int year = Integer.parseInt(id.group(1));
        int month = Integer.parseInt(id.group(2));
        // old-style ids began in 1991 and ended in 2007
        int century = id == oldStyle && year >= 91 ? 1900 : 2000;
        return month >= 1 && month <= 12 ? new PartialDate(century + year, month, null) : null;
    }

    /** JSON Lines are UTF-8; a UTF-16 or UTF-32 file would turn every line into a problem of its own. */
    private static void rejectWideEncoding(byte[] content, String name) {
        boolean byteOrderMark = content.length >= 2 && ((content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff
                || (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe);
        boolean zeroBytes = false;
        for (int i = 0; i < Math.min(4, content.length); i++) {
            zeroBytes |= content[i] == 0;
        }
        if (byteOrderMark || zeroBytes) {
            throw MetadataReadException.malformed(name,
                    "not UTF-8: JSON Lines must be UTF-8, and this looks like UTF-16 or UTF-32", null);
        }
    }

    private static int startAfterByteOrderMark(byte[] content) {
        boolean mark = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf;
        return mark ? 3 : 0;
    }

    private static int lineEnd(byte[] content, int start) {
        for (int i = start; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return content.length;
    }

    private static boolean isBlank(byte[] content, int start, int end) {
        for (int i = start; i < end; i++) {
            if (content[i] != ' ' && content[i] != '\t' && content[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
