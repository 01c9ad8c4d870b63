package org.livesurvey.ingest.source.arxiv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.ReadLimits;
import org.livesurvey.ingest.metadata.SafeXml;
import org.livesurvey.ingest.metadata.Texts;
import org.livesurvey.ingest.metadata.XmlCursor;
import org.livesurvey.ingest.source.ReadProblem;

/**
 * Answers of arXiv's OAI-PMH interface ({@code export.arxiv.org/oai2}) to ListRecords and GetRecord with
 * {@code metadataPrefix} {@code arXiv} or {@code arXivRaw}; each record's format is told by its metadata's
 * namespace. Deleted records become problems; the resumption token is the next page.
 */
public final class ArxivOaiReader implements MetadataReader {

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    private static final Set<String> RECORD_VERBS = Set.of("ListRecords", "GetRecord");
    private static final Set<String> OTHER_VERBS =
            Set.of("Identify", "ListIdentifiers", "ListMetadataFormats", "ListSets");

    @Override
    public String format() {
        return "arXiv OAI-PMH (arXiv, arXivRaw)";
    }

    @Override
    public boolean recognises(byte[] head, String name) {
        String xml = SafeXml.xmlHead(head);
        // the base URL in <request> (export.arxiv.org/oai2) or the metadata namespace (arxiv.org/OAI/arXiv/)
        return xml != null && xml.contains(OAI) && xml.toLowerCase(Locale.ROOT).contains("arxiv.org/oai");
    }

    @Override
    public MetadataBatch read(byte[] content, String name) {
        XmlCursor xml = SafeXml.open(content, name);
        if (!xml.is(OAI, "OAI-PMH")) {
            throw MetadataReadException.malformed(name, "line " + xml.line() + ": expected an <OAI-PMH> answer, found <"
                    + xml.localName() + ">", null);
        }
        Page page = null;
        while (xml.nextChild()) {
            String element = xml.localName();
            if (element.equals("error")) {
                String code = Objects.requireNonNullElse(xml.attribute("code"), "no code");
                throw MetadataReadException.serviceError(name, "OAI-PMH", code,
                        Objects.requireNonNullElse(Texts.orNull(xml.text()), "no message"));
            } else if (RECORD_VERBS.contains(element)) {
                page = readPage(xml, name);
            } else if (OTHER_VERBS.contains(element)) {
                throw MetadataReadException.unsupported(name, "an OAI-PMH " + element
                        + " answer holds no records; ask for ListRecords or GetRecord");
            } else {
                xml.skip();
            }
        }
        if (page == null) {
            throw MetadataReadException.malformed(name, "an <OAI-PMH> answer without records or an error", null);
        }
        return new MetadataBatch(format(), page.records, page.problems, page.paging);
    }

    private static Page readPage(XmlCursor xml, String name) {
        Page page = new Page();
        while (xml.nextChild()) {
            if (xml.localName().equals("record")) {
                readRecord(xml, name, page);
            } else if (xml.localName().equals("resumptionToken")) {
                Long total = number(xml.attribute("completeListSize"));
                // an empty token marks the last page of a list
                page.paging = new MetadataBatch.Paging(total, Texts.orNull(xml.text()));
            } else {
                xml.skip();
            }
        }
        return page;
    }

    private static void readRecord(XmlCursor xml, String name, Page page) {
        int line = xml.line();
        String identifier = null;
        boolean deleted = false;
        ArxivFields fields = null;
        while (xml.nextChild()) {
            switch (xml.localName()) {
                case "header" -> {
                    deleted = "deleted".equals(xml.attribute("status"));
                    identifier = identifier(xml);
                }
                case "metadata" -> fields = metadata(xml, name);
                default -> xml.skip();
            }
        }
        if (deleted) {
            page.problems.add(new ReadProblem(name, line, "record " + identifier + " is deleted at the source"));
        } else if (fields == null) {
            page.problems.add(new ReadProblem(name, line, "record " + identifier + " has no metadata"));
        } else {
            if (fields.id == null) {
                fields.id = identifier;
            }
            try {
                page.records.add(fields.toRecord(name + ":" + line));
            } catch (InvalidRecordException | ReadLimits.FieldTooLongException e) {
                page.problems.add(new ReadProblem(name, line, e.getMessage()));
            }
        }
    }

    private static String identifier(XmlCursor xml) {
        String identifier = null;
        while (xml.nextChild()) {
            if (xml.localName().equals("identifier")) {
                identifier = Texts.orNull(xml.text());
            } else {
                xml.skip();
            }
        }
        return identifier;
    }

    // one answer holds one metadata format (the request's metadataPrefix): another is refused as a whole
    private static ArxivFields metadata(XmlCursor xml, String name) {
        ArxivFields fields = null;
        while (xml.nextChild()) {
            if (!OaiArxivMetadata.isArxivMetadata(xml)) {
                throw MetadataReadException.unsupported(name, "line " + xml.line() + ": metadata <" + xml.localName()
                        + "> in namespace '" + xml.namespace() + "' is neither arXiv nor arXivRaw; ask for"
                        + " metadataPrefix=arXiv or arXivRaw");
            }
            fields = OaiArxivMetadata.read(xml);
        }
        return fields;
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What the records element of an answer gives. */
    private static final class Page {
        final List<MetadataRecord> records = new ArrayList<>();
        final List<ReadProblem> problems = new ArrayList<>();
        MetadataBatch.Paging paging = MetadataBatch.Paging.COMPLETE;
    }
}
