package org.livesurvey.ingest.source.arxiv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * Answers of the arXiv API ({@code export.arxiv.org/api/query}): an Atom 1.0 feed with opensearch paging and
 * arXiv's own elements. Each {@code <entry>} is one preprint; the error answer (HTTP 400) is a feed whose one entry
 * is titled "Error".
 */
public final class ArxivAtomReader implements MetadataReader {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ARXIV = "http://arxiv.org/schemas/atom";
    private static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";

    @Override
    public String format() {
        return "arXiv API (Atom)";
    }

    @Override
    public boolean recognises(byte[] head, String name) {
        String xml = SafeXml.xmlHead(head);
        return xml != null && xml.contains(ATOM) && (xml.contains(ARXIV) || xml.contains("arxiv.org/api/"));
    }

    @Override
    public MetadataBatch read(byte[] content, String name) {
        XmlCursor xml = SafeXml.open(content, name);
        if (!xml.is(ATOM, "feed")) {
            throw MetadataReadException.malformed(name, "line " + xml.line() + ": expected an Atom <feed>, found <"
                    + xml.localName() + ">", null);
        }
        List<MetadataRecord> records = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        OpensearchPaging paging = new OpensearchPaging();
        while (xml.nextChild()) {
            if (xml.is(ATOM, "entry")) {
                int line = xml.line();
                ArxivFields entry = readEntry(xml);
                if (isErrorEntry(entry)) {
                    throw MetadataReadException.serviceError(name, "arXiv API", "400",
                            Objects.requireNonNullElse(Texts.orNull(entry.abstractText), "no message"));
                }
                try {
                    records.add(entry.toRecord(name + ":" + line));
                } catch (InvalidRecordException | ReadLimits.FieldTooLongException e) {
                    problems.add(new ReadProblem(name, line, e.getMessage()));
                }
            } else if (OPENSEARCH.equals(xml.namespace())) {
                paging.read(xml.localName(), xml.text());
            } else {
                xml.skip();
            }
        }
        return new MetadataBatch(format(), records, problems, paging.toPaging());
    }

    // arXiv answers a bad query with HTTP 400 and one entry whose id points into its error list
    private static boolean isErrorEntry(ArxivFields entry) {
        return entry.id != null && entry.id.contains("arxiv.org/api/errors");
    }

    private static ArxivFields readEntry(XmlCursor xml) {
        ArxivFields entry = new ArxivFields();
        while (xml.nextChild()) {
            if (ATOM.equals(xml.namespace())) {
                readAtomElement(xml, entry);
            } else if (ARXIV.equals(xml.namespace())) {
                readArxivElement(xml, entry);
            } else {
                xml.skip();
            }
        }
        return entry;
    }

    private static void readAtomElement(XmlCursor xml, ArxivFields entry) {
        switch (xml.localName()) {
            case "id" -> entry.id = xml.text();
            case "title" -> entry.title = xml.text();
            case "summary" -> entry.abstractText = xml.text();
            case "published" -> entry.published = xml.text();
            case "updated" -> entry.updated = xml.text();
            case "author" -> entry.authors.add(authorName(xml));
            case "category" -> {
                entry.categories.add(xml.attribute("term"));
                xml.skip();
            }
            case "link" -> {
                if ("pdf".equals(xml.attribute("title"))) {
                    entry.pdf = xml.attribute("href");
                }
                xml.skip();
            }
            default -> xml.skip();
        }
    }

    private static void readArxivElement(XmlCursor xml, ArxivFields entry) {
        switch (xml.localName()) {
            case "primary_category" -> {
                entry.primaryCategory = xml.attribute("term");
                xml.skip();
            }
            case "comment" -> entry.comment = xml.text();
            case "journal_ref" -> entry.journalRef = xml.text();
            case "doi" -> entry.doi = xml.text();
            default -> xml.skip();
        }
    }

    // <author><name>…</name><arxiv:affiliation>…</arxiv:affiliation></author>: the affiliation is not the name
    private static String authorName(XmlCursor xml) {
        String name = null;
        while (xml.nextChild()) {
            if (xml.is(ATOM, "name")) {
                name = xml.text();
            } else {
                xml.skip();
            }
        }
        return name;
    }
}
