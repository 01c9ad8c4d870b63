package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.corpus.CorpusMetadataReader;

/** The corpus's own arXiv listing format ({@code arxiv-metadata.jsonl}): one JSON object per line. */
final class CorpusJsonlWriter implements SampleWriter {

    @Override
    public String key() {
        return "corpus-jsonl";
    }

    @Override
    public String fileName() {
        return "arxiv-metadata.jsonl";
    }

    @Override
    public MetadataReader reader() {
        return new CorpusMetadataReader();
    }

    @Override
    public Syntax syntax() {
        return Syntax.JSON;
    }

    @Override
    public void write(List<SamplePaper> papers, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.lines(out)) {
            for (SamplePaper paper : papers) {
                line(paper, json);
            }
        }
        out.write('\n');
    }

    private static void line(SamplePaper paper, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("arxiv_id", paper.arxivId());
        json.writeStringField("title", paper.title());
        JsonOutput.strings(json, "authors", paper.authors());
        JsonOutput.stringOrNull(json, "abstract", paper.abstractText());
        json.writeNullField("published");
        json.writeStringField("primary_category", paper.primaryCategory());
        JsonOutput.strings(json, "categories", paper.categories());
        JsonOutput.stringOrNull(json, "doi", paper.doi());
        JsonOutput.stringOrNull(json, "journal_ref", paper.venue() == null ? null : paper.venue().name());
        json.writeStringField("source", "livesurvey-benchmark");
        json.writeStringField("corpus_id", "arxiv:" + paper.arxivId());
        json.writeStringField("matched_by", "arxiv_id");
        json.writeBooleanField("authors_truncated", paper.authorsTruncated());
        json.writeBooleanField("abstract_truncated", false);
        json.writeStringField("first_listed", paper.published().plusDays(2).toString());
        JsonOutput.stringOrNull(json, "comment", paper.comment());
        json.writeNullField("venue_hint");
        json.writeEndObject();
    }
}
