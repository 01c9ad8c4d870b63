package org.livesurvey.ingest.source.csl;

import java.util.Locale;

import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.metadata.Dois;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataBatch.Paging;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.PersonNames;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.source.json.Authors;
import org.livesurvey.ingest.source.json.BatchCollector;
import org.livesurvey.ingest.source.json.JsonDocument;
import org.livesurvey.ingest.source.json.JsonFields;
import org.livesurvey.ingest.source.json.JsonHead;
import org.livesurvey.ingest.source.json.LocatedNode;
import org.livesurvey.ingest.source.json.MarkupText;
import org.livesurvey.ingest.source.json.RecordLinks;
import org.livesurvey.ingest.metadata.Venues;

/**
 * Reads CSL JSON, the item format of the Citation Style Language (exported by Zotero and Manubot, and answered by
 * Crossref and DataCite content negotiation): one item or an array of items. Titles and abstracts may carry CSL's
 * HTML-like rich text or Crossref's JATS tags, which become plain text.
 */
public final class CslJsonReader implements MetadataReader {

    private static final String FORMAT = "CSL JSON";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean recognises(byte[] head, String name) {
        JsonHead shape = JsonHead.of(head);
        boolean cslAuthors = shape.hasKey("author") && shape.hasNestedKey("family", "given", "literal");
        return shape.hasKey("type") && (shape.hasKey("issued", "container-title") || cslAuthors);
    }

    @Override
    public MetadataBatch read(byte[] content, String name) {
        JsonDocument document = JsonDocument.read(content, name, null);
        BatchCollector batch = new BatchCollector(FORMAT, name);
        if (document.root() == JsonDocument.Root.ARRAY) {
            document.items().forEach(item -> readItem(item, item.entry(), batch));
        } else {
            readItem(document.rootAsRecord(), null, batch);
        }
        return batch.build(Paging.COMPLETE);
    }

    private static void readItem(LocatedNode located, String label, BatchCollector batch) {
        batch.addObject(located, label, "CSL item", CslJsonReader::item);
    }

    private static MetadataRecord item(JsonFields item, String origin) {
        String doi = Dois.normalize(item.text("DOI"));
        ArxivIds.Versioned arxiv = arxivId(item, doi);
        String arxivId = arxiv == null ? null : arxiv.id();
        MetadataRecord.Builder record = MetadataRecord.builder(origin)
                .title(MarkupText.plain(item.text("title")))
                .abstractText(MarkupText.plain(item.text("abstract")))
                .published(CslDates.of(item.raw("issued")))
                .venue(Venues.unlessArxiv(MarkupText.plain(item.text("container-title"))))
                .arxivId(arxivId)
                .arxivVersion(arxiv == null ? null : version(item, arxiv))
                .doi(doi)
                .links(new Links(RecordLinks.landingPage(item.text("URL"), arxivId, doi), pdfLink(item), null, null))
                .type(item.text("type") == null ? null : item.text("type").toLowerCase(Locale.ROOT))
                .source(item.text("source"));
        for (JsonFields author : item.objects("author")) {
            String name = author.text("literal");
            name = name != null ? name : personName(author);
            Authors.add(record, name);
        }
        return record.build();
    }

    /**
     * An arXiv link, else the item's number or id where the item is an arXiv preprint (Manubot writes
     * {@code "number": "1707.02264v3"} with {@code "publisher": "arXiv"}), else an arXiv DOI.
     */
    private static ArxivIds.Versioned arxivId(JsonFields item, String doi) {
        ArxivIds.Versioned id = RecordLinks.arxivIdOfUrl(item.text("URL"));
        boolean fromArxiv = mentionsArxiv(item.text("publisher")) || mentionsArxiv(item.text("container-title"));
        String number = item.text("number");
        if (id == null && (fromArxiv || mentionsArxiv(number))) {
            id = ArxivIds.parse(number);
        }
        String itemId = item.text("id");
        if (id == null && mentionsArxiv(itemId)) {
            id = ArxivIds.parse(itemId);
        }
        return id != null ? id : RecordLinks.arxivIdOfDoi(doi);
    }

    /** The item's own {@code version} of an arXiv preprint, else the version its link or number names. */
    private static Integer version(JsonFields item, ArxivIds.Versioned arxiv) {
        Long version = item.number("version");
        return version != null && version > 0 && version < 1000 ? Integer.valueOf(version.intValue())
                : arxiv.version();
    }

    private static boolean mentionsArxiv(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("arxiv");
    }

    /** "Given Family" with CSL's particles and suffix in display order: "Ludwig van Beethoven Jr.". */
    private static String personName(JsonFields author) {
        String family = joined(author.text("non-dropping-particle"), author.text("family"));
        String given = joined(author.text("given"), author.text("dropping-particle"));
        String name = PersonNames.fromParts(family, given);
        String suffix = author.text("suffix");
        return name == null || suffix == null ? name : name + " " + suffix;
    }

    private static String joined(String first, String second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return first + " " + second;
    }

    /** Crossref's CSL lists full-text links; the first PDF among them. */
    private static String pdfLink(JsonFields item) {
        if (!item.raw("link").isArray()) {
            return null;
        }
        return item.objects("link").stream()
                .filter(link -> "application/pdf".equals(link.text("content-type")))
                .map(link -> link.text("URL"))
                .filter(url -> url != null)
                .findFirst()
                .orElse(null);
    }
}
