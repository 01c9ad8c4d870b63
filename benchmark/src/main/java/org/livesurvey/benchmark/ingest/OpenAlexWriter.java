package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.openalex.OpenAlexReader;

/**
 * Pages of an OpenAlex list answer ({@code /works?filter=...&per_page=200}): {@code meta}, then the works in
 * {@code results} with their authorships, locations and abstracts as inverted indexes, compact as the API sends them.
 * A work with a venue has the venue as its primary location and arXiv as a second one. The API answers at most 200
 * works a page, and 100,000 works in one answer would be over the readers' input limit: each page is a file.
 */
final class OpenAlexWriter implements SampleWriter {

    private static final long FIRST_WORK = 4_390_000_000L;
    private static final long FIRST_AUTHOR = 5_100_000_000L;

    @Override
    public String key() {
        return "openalex";
    }

    @Override
    public String fileName() {
        return "openalex-works.json";
    }

    @Override
    public int recordsPerFile() {
        return 200;
    }

    @Override
    public MetadataReader reader() {
        return new OpenAlexReader();
    }

    @Override
    public Syntax syntax() {
        return Syntax.JSON;
    }

    @Override
    public void write(List<SamplePaper> papers, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out, false, false)) {
            json.writeStartObject();
            json.writeObjectFieldStart("meta");
            json.writeNumberField("count", papers.size());
            json.writeNumberField("db_response_time_ms", 87);
            json.writeNullField("page");
            json.writeNumberField("per_page", papers.size());
            json.writeNullField("next_cursor");
            json.writeNullField("groups_count");
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (SamplePaper paper : papers) {
                work(paper, json);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("group_by");
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void work(SamplePaper paper, JsonGenerator json) throws IOException {
        String id = "https://openalex.org/W" + (FIRST_WORK + paper.number());
        String doi = "https://doi.org/" + (paper.doi() != null ? paper.doi() : paper.arxivDoi().toLowerCase(Locale.ROOT));
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("doi", doi);
        json.writeStringField("title", paper.title());
        json.writeStringField("display_name", paper.title());
        json.writeNumberField("publication_year", paper.published().getYear());
        json.writeStringField("publication_date", paper.published().toString());
        json.writeObjectFieldStart("ids");
        json.writeStringField("openalex", id);
        json.writeStringField("doi", doi);
        json.writeEndObject();
        json.writeStringField("language", "en");
        json.writeFieldName("primary_location");
        if (paper.venue() == null) {
            arxivLocation(paper, json);
        } else {
            venueLocation(paper, doi, json);
        }
        json.writeArrayFieldStart("locations");
        if (paper.venue() != null) {
            venueLocation(paper, doi, json);
        }
        arxivLocation(paper, json);
        json.writeEndArray();
        json.writeStringField("type", paper.venue() == null ? "preprint" : "article");
        json.writeObjectFieldStart("open_access");
        json.writeBooleanField("is_oa", true);
        json.writeStringField("oa_status", "green");
        json.writeStringField("oa_url", paper.pdfUrl());
        json.writeEndObject();
        authorships(paper, json);
        json.writeBooleanField("is_authors_truncated", paper.authorsTruncated());
        json.writeNumberField("cited_by_count", paper.number() * 37 % 251);
        json.writeNumberField("referenced_works_count", 20 + paper.number() % 60);
        json.writeFieldName("abstract_inverted_index");
        if (paper.abstractText() == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            for (Map.Entry<String, List<Integer>> word : JsonOutput.invertedIndex(paper.abstractText()).entrySet()) {
                json.writeArrayFieldStart(word.getKey());
                for (int position : word.getValue()) {
                    json.writeNumber(position);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeStringField("updated_date", paper.updated() + "T04:12:31.112784");
        json.writeStringField("created_date", paper.published().toString());
        json.writeEndObject();
    }

    private static void authorships(SamplePaper paper, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("authorships");
        List<String> authors = paper.authors();
        for (int i = 0; i < authors.size(); i++) {
            json.writeStartObject();
            json.writeStringField("author_position", i == 0 ? "first" : i == authors.size() - 1 ? "last" : "middle");
            json.writeObjectFieldStart("author");
            json.writeStringField("id", "https://openalex.org/A" + (FIRST_AUTHOR + (authors.get(i).hashCode() & 0x7fffffff)));
            json.writeStringField("display_name", authors.get(i));
            json.writeNullField("orcid");
            json.writeEndObject();
            json.writeArrayFieldStart("institutions");
            json.writeEndArray();
            json.writeArrayFieldStart("countries");
            json.writeEndArray();
            json.writeBooleanField("is_corresponding", i == 0);
            json.writeStringField("raw_author_name", authors.get(i));
            json.writeArrayFieldStart("raw_affiliation_strings");
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void arxivLocation(SamplePaper paper, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeBooleanField("is_oa", true);
        json.writeStringField("landing_page_url", paper.absUrl());
        json.writeStringField("pdf_url", paper.pdfUrl());
        json.writeObjectFieldStart("source");
        json.writeStringField("id", "https://openalex.org/S4306400194");
        json.writeStringField("display_name", "arXiv (Cornell University)");
        json.writeStringField("host_organization_name", "Cornell University");
        json.writeStringField("type", "repository");
        json.writeEndObject();
        json.writeNullField("license");
        json.writeStringField("version", "submittedVersion");
        json.writeEndObject();
    }

    private static void venueLocation(SamplePaper paper, String doi, JsonGenerator json) throws IOException {
        Venue venue = paper.venue();
        json.writeStartObject();
        json.writeBooleanField("is_oa", false);
        json.writeStringField("landing_page_url", paper.doi() != null ? doi : paper.absUrl());
        json.writeNullField("pdf_url");
        json.writeObjectFieldStart("source");
        json.writeStringField("id", "https://openalex.org/S" + (4_210_000_000L + Math.floorMod(venue.macro().hashCode(), 1000)));
        json.writeStringField("display_name", venue.name());
        json.writeNullField("host_organization_name");
        json.writeStringField("type", venue.journal() ? "journal" : "conference");
        json.writeEndObject();
        json.writeNullField("license");
        json.writeStringField("version", "publishedVersion");
        json.writeEndObject();
    }
}
