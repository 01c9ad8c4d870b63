package org.livesurvey.ingest.source.openalex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.metadata.Dois;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataBatch.Paging;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.PersonNames;
import org.livesurvey.ingest.metadata.ReadLimits.FieldTooLongException;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.source.json.Authors;
import org.livesurvey.ingest.source.json.BatchCollector;
import org.livesurvey.ingest.source.json.InvalidRecordException;
import org.livesurvey.ingest.source.json.JsonDocument;
import org.livesurvey.ingest.source.json.JsonFields;
import org.livesurvey.ingest.source.json.JsonHead;
import org.livesurvey.ingest.source.json.LocatedNode;
import org.livesurvey.ingest.source.json.MarkupText;
import org.livesurvey.ingest.source.json.RecordLinks;
import org.livesurvey.ingest.source.json.PublicationDates;
import org.livesurvey.ingest.metadata.Venues;

/**
 * Reads OpenAlex works: one work ({@code /works/W…}), a page of a list answer ({@code {meta, results, group_by}},
 * whose {@code meta} gives the total and the next cursor) or a JSON array of works. A {@code group_by} answer counts
 * works instead of listing them and is refused as unsupported.
 */
public final class OpenAlexReader implements MetadataReader {

    private static final String FORMAT = "OpenAlex (JSON)";
    private static final String WORK_ID = "https://openalex.org/W";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean recognises(byte[] head, String name) {
        JsonHead shape = JsonHead.of(head);
        boolean listAnswer = shape.isObject() && shape.hasKey("meta") && shape.hasKey("results", "group_by");
        String id = shape.text("id");
        return listAnswer || id != null && id.startsWith(WORK_ID);
    }

    @Override
    public MetadataBatch read(byte[] content, String name) {
        JsonDocument document = JsonDocument.read(content, name, "results");
        BatchCollector batch = new BatchCollector(FORMAT, name);
        if (document.root() == JsonDocument.Root.ARRAY) {
            document.items().forEach(item -> readWork(item, item.entry(), batch));
            return batch.build(Paging.COMPLETE);
        }
        JsonFields root = JsonFields.of(document.fields());
        if (document.hasItemsField() || root.has("meta")) {
            JsonFields meta = ListAnswer.meta(root, name);
            ListAnswer.rejectGroupBy(root, meta, document.items().isEmpty(), name);
            document.items().forEach(item -> readWork(item, item.entry(), batch));
            return batch.build(ListAnswer.paging(meta, name));
        }
        if (!root.has("id") && !root.has("display_name") && !root.has("title")) {
            throw MetadataReadException.malformed(name,
                    "not an OpenAlex answer: expected a work, or a list answer with meta and results", null);
        }
        readWork(document.rootAsRecord(), null, batch);
        return batch.build(Paging.COMPLETE);
    }

    private static void readWork(LocatedNode item, String label, BatchCollector batch) {
        batch.addObject(item, label, "work", OpenAlexReader::work);
    }

    private static MetadataRecord work(JsonFields work, String origin) {
        JsonFields ids = work.object("ids");
        String doi = Dois.normalize(first(work.text("doi"), ids.text("doi")));
        ArxivIds.Versioned arxiv = arxivId(work, ids, doi);
        String arxivId = arxiv == null ? null : arxiv.id();
        JsonFields primary = work.object("primary_location");
        MetadataRecord.Builder record = MetadataRecord.builder(origin)
                .title(MarkupText.plain(first(work.text("display_name"), work.text("title"))))
                .abstractText(InvertedIndex.text(work.raw("abstract_inverted_index"),
                        work.pathOf("abstract_inverted_index")))
                .published(PublicationDates.of(work.text("publication_date"), work.number("publication_year")))
                .venue(venue(primary.object("source")))
                .arxivId(arxivId)
                .arxivVersion(arxiv == null ? null : arxiv.version())
                .doi(doi)
                .links(new Links(RecordLinks.landingPage(primary.text("landing_page_url"), arxivId, doi),
                        primary.text("pdf_url"), null, null))
                .type(lowerCase(work.text("type")))
                .authorsTruncated(work.flag("is_authors_truncated"));
        for (JsonFields authorship : work.objects("authorships")) {
            String name = authorship.object("author").text("display_name");
            name = name != null ? name : PersonNames.display(authorship.text("raw_author_name"));
            Authors.add(record, name);
        }
        return record.build();
    }

    /** {@code ids.arxiv}, else the first location on arxiv.org (the primary location first), else an arXiv DOI. */
    private static ArxivIds.Versioned arxivId(JsonFields work, JsonFields ids, String doi) {
        ArxivIds.Versioned id = ArxivIds.parse(ids.text("arxiv"));
        List<JsonFields> locations = new ArrayList<>();
        locations.add(work.object("primary_location"));
        locations.addAll(work.objects("locations"));
        for (JsonFields location : locations) {
            id = id != null ? id : RecordLinks.arxivIdOfUrl(location.text("landing_page_url"));
            id = id != null ? id : RecordLinks.arxivIdOfUrl(location.text("pdf_url"));
        }
        return id != null ? id : RecordLinks.arxivIdOfDoi(doi);
    }


    /** The host of the primary location, unless it is a repository (arXiv, PubMed Central), which is no venue. */
    private static String venue(JsonFields source) {
        return "repository".equals(source.text("type")) ? null : Venues.unlessArxiv(source.text("display_name"));
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** The paging envelope of a list answer. */
    private static final class ListAnswer {

        static JsonFields meta(JsonFields root, String name) {
            if (root.has("meta") && !root.raw("meta").isObject()) {
                throw MetadataReadException.malformed(name, "OpenAlex list answer whose meta is not an object", null);
            }
            return root.object("meta");
        }

        static Paging paging(JsonFields meta, String name) {
            try {
                return new Paging(meta.number("count"), meta.text("next_cursor"));
            } catch (InvalidRecordException | FieldTooLongException e) {
                throw MetadataReadException.malformed(name, "OpenAlex list answer with a broken meta: "
                        + e.getMessage(), e);
            }
        }

        static void rejectGroupBy(JsonFields root, JsonFields meta, boolean noResults, String name) {
            List<String> groups = root.raw("group_by").findValuesAsText("key_display_name");
            if (!meta.has("groups_count") && !(noResults && !groups.isEmpty())) {
                return;
            }
            Long count = meta.number("groups_count");
            String examples = groups.stream().limit(3).collect(Collectors.joining(", "));
            throw MetadataReadException.unsupported(name, "an OpenAlex group_by answer counts works in "
                    + (count == null ? groups.size() : count) + " groups"
                    + (examples.isEmpty() ? "" : " (" + examples + (groups.size() > 3 ? ", …)" : ")"))
                    + "; it lists no works: ask for /works without group_by");
        }
    }
}
