package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.arxiv.ArxivOaiReader;

/**
 * An answer of arXiv's OAI-PMH interface to ListRecords with {@code metadataPrefix=arXiv}: structured authors,
 * created and updated dates, and titles and abstracts broken into lines as arXiv stores them.
 */
final class ArxivOaiWriter implements SampleWriter {

    private static final int LINE = 80;

    @Override
    public String key() {
        return "arxiv-oai";
    }

    @Override
    public String fileName() {
        return "arxiv-oai-listrecords.xml";
    }

    @Override
    public MetadataReader reader() {
        return new ArxivOaiReader();
    }

    @Override
    public Syntax syntax() {
        return Syntax.XML;
    }

    @Override
    public void write(List<SamplePaper> papers, Writer out) throws IOException {
        out.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">
                <responseDate>2026-02-09T10:12:48Z</responseDate>
                <request verb="ListRecords" metadataPrefix="arXiv" set="cs">http://export.arxiv.org/oai2</request>
                <ListRecords>
                """);
        for (SamplePaper paper : papers) {
            record(paper, out);
        }
        out.write("<resumptionToken cursor=\"0\" completeListSize=\"" + papers.size() + "\"></resumptionToken>\n");
        out.write("</ListRecords>\n</OAI-PMH>\n");
    }

    private static void record(SamplePaper paper, Writer out) throws IOException {
        StringBuilder record = new StringBuilder(4096);
        record.append("<record>\n<header>\n <identifier>oai:arXiv.org:").append(paper.arxivId())
                .append("</identifier>\n <datestamp>").append(paper.updated())
                .append("</datestamp>\n <setSpec>cs</setSpec>\n</header>\n<metadata>\n")
                .append(" <arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\" ")
                .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xsi:schemaLocation=\"http://arxiv.org/OAI/arXiv/ http://arxiv.org/OAI/arXiv.xsd\">\n ");
        element(record, "id", paper.arxivId());
        element(record, "created", paper.published().toString());
        if (paper.version() > 1) {
            element(record, "updated", paper.updated().toString());
        }
        record.append("<authors>");
        for (String author : paper.authors()) {
            NameParts name = NameParts.of(author);
            record.append("<author>");
            element(record, "keyname", name.family());
            if (name.given() != null) {
                element(record, "forenames", name.given());
            }
            record.append("</author>");
        }
        record.append("</authors>");
        element(record, "title", String.join("\n  ", TextLines.wrap(paper.title(), LINE)));
        element(record, "categories", String.join(" ", paper.categories()));
        if (paper.comment() != null) {
            element(record, "comments", paper.comment());
        }
        if (paper.venue() != null) {
            element(record, "journal-ref", paper.venue().name() + " (" + paper.updated().getYear() + ")");
        }
        if (paper.doi() != null) {
            element(record, "doi", paper.doi());
        }
        element(record, "license", "http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
        if (paper.abstractText() != null) {
            element(record, "abstract", "  " + String.join("\n", TextLines.wrap(paper.abstractText(), LINE)) + "\n");
        }
        record.append("</arXiv>\n</metadata>\n</record>\n");
        out.append(record);
    }

    private static void element(StringBuilder out, String name, String text) {
        out.append('<').append(name).append('>').append(Xml.escape(text)).append("</").append(name).append('>');
    }
}
