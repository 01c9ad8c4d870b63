package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.semanticscholar.SemanticScholarReader;

/**
 * A page of the Semantic Scholar Graph API's paper search ({@code /graph/v1/paper/search} with most fields asked
 * for): {@code total}, {@code offset} and the papers in {@code data}, non-ASCII escaped as the API sends it.
 */
final class SemanticScholarWriter implements SampleWriter {

    private static final long FIRST_CORPUS_ID = 270_000_000L;

    @Override
    public String key() {
        return "semantic-scholar";
    }

    @Override
    public String fileName() {
        return "s2-paper-search.json";
    }

    @Override
    public MetadataReader reader() {
        return new SemanticScholarReader();
    }

    @Override
    public Syntax syntax() {
        return Syntax.JSON;
    }

    @Override
    public void write(List<SamplePaper> papers, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out, false, true)) {
            json.writeStartObject();
            json.writeNumberField("total", papers.size());
            json.writeNumberField("offset", 0);
            json.writeArrayFieldStart("data");
            for (SamplePaper paper : papers) {
                paper(paper, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void paper(SamplePaper paper, JsonGenerator json) throws IOException {
        String paperId = paperId(paper.number());
        Venue venue = paper.venue();
        json.writeStartObject();
        json.writeStringField("paperId", paperId);
        json.writeObjectFieldStart("externalIds");
        json.writeStringField("ArXiv", paper.arxivId());
        json.writeStringField("DOI", paper.doi() != null ? paper.doi() : paper.arxivDoi());
        json.writeNumberField("CorpusId", FIRST_CORPUS_ID + paper.number());
        json.writeEndObject();
        json.writeNumberField("corpusId", FIRST_CORPUS_ID + paper.number());
        json.writeStringField("url", "https://www.semanticscholar.org/paper/" + paperId);
        json.writeStringField("title", paper.title());
        JsonOutput.stringOrNull(json, "abstract", paper.abstractText());
        json.writeStringField("venue", venue == null ? "arXiv.org" : venue.name());
        json.writeNumberField("year", paper.published().getYear());
        json.writeNumberField("referenceCount", 20 + paper.number() % 60);
        json.writeNumberField("citationCount", paper.number() * 37 % 251);
        json.writeNumberField("influentialCitationCount", paper.number() % 9);
        json.writeBooleanField("isOpenAccess", true);
        json.writeObjectFieldStart("openAccessPdf");
        json.writeStringField("url", paper.pdfUrl());
        json.writeStringField("status", "GREEN");
        json.writeEndObject();
        JsonOutput.strings(json, "fieldsOfStudy", List.of("Computer Science"));
        JsonOutput.strings(json, "publicationTypes",
                venue == null ? List.of("JournalArticle") : List.of(venue.journal() ? "JournalArticle" : "Conference"));
        json.writeStringField("publicationDate", paper.published().toString());
        json.writeObjectFieldStart("journal");
        json.writeStringField("name", venue == null ? "ArXiv" : venue.name());
        json.writeStringField("volume", venue == null ? "abs/" + paper.arxivId() : "");
        json.writeEndObject();
        json.writeArrayFieldStart("authors");
        for (String author : paper.authors()) {
            json.writeStartObject();
            json.writeStringField("authorId", Integer.toString(author.hashCode() & 0x7fffffff));
            json.writeStringField("name", author);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Forty hex digits that differ from paper to paper, as Semantic Scholar's ids do. */
    private static String paperId(int number) {
        long mixed = number * 0x9E3779B97F4A7C15L;
        return String.format(Locale.ROOT, "%016x%016x%08x", mixed, Long.reverse(mixed) ^ 0x5DEECE66DL, number);
    }
}
