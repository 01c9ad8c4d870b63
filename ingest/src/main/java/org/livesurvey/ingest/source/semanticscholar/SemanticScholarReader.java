package org.livesurvey.ingest.source.semanticscholar;

import java.util.Locale;
import java.util.stream.Stream;

import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.metadata.Dois;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataBatch.Paging;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.ReadLimits.FieldTooLongException;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.source.json.Authors;
import org.livesurvey.ingest.source.json.BatchCollector;
import org.livesurvey.ingest.source.json.InvalidRecordException;
import org.livesurvey.ingest.source.json.JsonDocument;
import org.livesurvey.ingest.source.json.JsonFields;
import org.livesurvey.ingest.source.json.JsonHead;
import org.livesurvey.ingest.source.json.LocatedNode;
import org.livesurvey.ingest.source.json.RecordLinks;
import org.livesurvey.ingest.source.json.PublicationDates;
import org.livesurvey.ingest.metadata.Venues;

/**
 * Reads answers of the Semantic Scholar Graph API: one paper ({@code /paper/{id}}), a search page
 * ({@code {total, offset, next, data}}, or {@code token} instead of {@code next} for bulk search) and a batch answer
 * ({@code /paper/batch}: a JSON array in the order of the ids asked for, {@code null} for each id not found). An
 * answer has only the fields that were asked for, so every field may be missing.
 */
public final class SemanticScholarReader implements MetadataReader {

    private static final String FORMAT = "Semantic Scholar Graph API (JSON)";
    private static final String PAPER_PAGE = "https://www.semanticscholar.org/paper/";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean recognises(byte[] head, String name) {
        JsonHead shape = JsonHead.of(head);
        boolean searchPage = shape.isObject() && shape.hasKey("data") && shape.hasKey("total")
                && shape.hasNestedKey("paperId");
        return searchPage || shape.hasKey("paperId");
    }

    @Override
    public MetadataBatch read(byte[] content, String name) {
        JsonDocument document = JsonDocument.read(content, name, "data");
        BatchCollector batch = new BatchCollector(FORMAT, name);
        if (document.root() == JsonDocument.Root.ARRAY) {
            for (LocatedNode item : document.items()) {
                String label = item.entry();
                if (item.node().isNull()) {
                    batch.problem(item.line(), label,
                            "not found: Semantic Scholar has no paper for the id asked for in this place");
                } else {
                    readPaper(item, label, batch);
                }
            }
            return batch.build(Paging.COMPLETE);
        }
        JsonFields root = JsonFields.of(document.fields());
        if (document.hasItemsField()) {
            document.items().forEach(item -> readPaper(item, item.entry(), batch));
            return batch.build(paging(root, name));
        }
        if (!root.has("paperId")) {
            throw MetadataReadException.malformed(name, "not a Semantic Scholar answer: expected a paper (paperId),"
                    + " a search page (total, data) or a batch answer (an array)", null);
        }
        readPaper(document.rootAsRecord(), null, batch);
        return batch.build(Paging.COMPLETE);
    }

    /** The offset of the next page of a search, or the token of the next page of a bulk search. */
    private static Paging paging(JsonFields page, String name) {
        try {
            String next = page.has("next") ? page.text("next") : page.text("token");
            return new Paging(page.number("total"), next);
        } catch (InvalidRecordException | FieldTooLongException e) {
            throw MetadataReadException.malformed(name, "Semantic Scholar search page with broken paging: "
                    + e.getMessage(), e);
        }
    }

    private static void readPaper(LocatedNode item, String label, BatchCollector batch) {
        batch.addObject(item, label, "paper", SemanticScholarReader::paper);
    }

    private static MetadataRecord paper(JsonFields paper, String origin) {
        JsonFields ids = paper.object("externalIds");
        String doi = Dois.normalize(ids.text("DOI"));
        ArxivIds.Versioned arxiv = ArxivIds.parse(ids.text("ArXiv"));
        arxiv = arxiv != null ? arxiv : RecordLinks.arxivIdOfDoi(doi);
        String arxivId = arxiv == null ? null : arxiv.id();
        MetadataRecord.Builder record = MetadataRecord.builder(origin)
                .title(paper.text("title"))
                .abstractText(paper.text("abstract"))
                .published(PublicationDates.of(paper.text("publicationDate"), paper.number("year")))
                .venue(venue(paper))
                .arxivId(arxivId)
                .arxivVersion(arxiv == null ? null : arxiv.version())
                .doi(doi)
                .links(new Links(landingPage(paper, arxivId, doi), paper.object("openAccessPdf").text("url"),
                        null, null))
                .type(lowerCase(paper.text("publicationTypes")));
        paper.objects("authors").forEach(author -> Authors.add(record, author.text("name")));
        return record.build();
    }

    /** Semantic Scholar's own venue name, else the journal's, else the publication venue's; arXiv is none. */
    private static String venue(JsonFields paper) {
        return Stream.of(paper.text("venue"), paper.object("journal").text("name"),
                        paper.object("publicationVenue").text("name"))
                .map(Venues::unlessArxiv)
                .filter(venue -> venue != null)
                .findFirst()
                .orElse(null);
    }

    /** The arXiv or DOI landing page; Semantic Scholar's own page only when there is nothing better. */
    private static String landingPage(JsonFields paper, String arxivId, String doi) {
        String page = RecordLinks.landingPage(null, arxivId, doi);
        page = page != null ? page : paper.text("url");
        String paperId = paper.text("paperId");
        return page != null || paperId == null ? page : PAPER_PAGE + paperId;
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
