package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.csl.CslJsonReader;

/**
 * A CSL JSON array as a reference manager exports it, indented: preprints as {@code article} items of arXiv with
 * their number, papers with a venue as {@code paper-conference} or {@code article-journal} items; names in parts,
 * one-word names as literals.
 */
final class CslJsonWriter implements SampleWriter {

    @Override
    public String key() {
        return "csl-json";
    }

    @Override
    public String fileName() {
        return "references-csl.json";
    }

    @Override
    public MetadataReader reader() {
        return new CslJsonReader();
    }

    @Override
    public Syntax syntax() {
        return Syntax.JSON;
    }

    @Override
    public void write(List<SamplePaper> papers, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out, true, false)) {
            json.writeStartArray();
            for (SamplePaper paper : papers) {
                item(paper, json);
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    private static void item(SamplePaper paper, JsonGenerator json) throws IOException {
        Venue venue = paper.venue();
        json.writeStartObject();
        json.writeStringField("id", "http://arxiv.org/abs/" + paper.arxivId() + "v" + paper.version());
        json.writeStringField("type", venue == null ? "article" : venue.journal() ? "article-journal"
                : "paper-conference");
        json.writeStringField("title", paper.title());
        if (paper.abstractText() != null) {
            json.writeStringField("abstract", paper.abstractText());
        }
        if (venue == null) {
            json.writeStringField("publisher", "arXiv");
            json.writeStringField("number", paper.arxivId());
            json.writeStringField("DOI", paper.arxivDoi());
        } else {
            json.writeStringField("container-title", venue.name());
            if (paper.doi() != null) {
                json.writeStringField("DOI", paper.doi());
            }
        }
        json.writeStringField("URL", paper.absUrl());
        json.writeStringField("note", "arXiv:" + paper.arxivId() + " [" + paper.primaryCategory() + "]");
        json.writeStringField("keyword", String.join(", ", paper.categories()));
        json.writeArrayFieldStart("author");
        for (String author : paper.authors()) {
            NameParts name = NameParts.of(author);
            json.writeStartObject();
            if (name.given() == null) {
                json.writeStringField("literal", name.family());
            } else {
                json.writeStringField("family", name.family());
                json.writeStringField("given", name.given());
            }
            json.writeEndObject();
        }
        if (paper.authorsTruncated()) {
            json.writeStartObject();
            json.writeStringField("literal", "others");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("issued");
        json.writeArrayFieldStart("date-parts");
        json.writeStartArray();
        json.writeNumber(paper.published().getYear());
        json.writeNumber(paper.published().getMonthValue());
        json.writeNumber(paper.published().getDayOfMonth());
        json.writeEndArray();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }
}
