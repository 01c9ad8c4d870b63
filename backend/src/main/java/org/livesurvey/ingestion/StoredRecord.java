package org.livesurvey.ingestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.PartialDate;

/**
 * A harvested record as the {@code proposal.record} column keeps it: named fields in snake_case, dates as text, and
 * nothing that depends on how the ingest library's record is built, so that a proposal stored today still reads
 * after that record gains a field.
 */
final class StoredRecord {

    private StoredRecord() {
    }

    static Map<String, Object> toMap(MetadataRecord record) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("origin", record.origin());
        map.put("title", record.title());
        map.put("authors", record.authors());
        map.put("authors_truncated", record.authorsTruncated());
        map.put("abstract", record.abstractText());
        map.put("published", record.published() == null ? null : record.published().toString());
        map.put("updated", record.updated() == null ? null : record.updated().toString());
        map.put("venue", record.venue());
        map.put("arxiv_id", record.arxivId());
        map.put("arxiv_version", record.arxivVersion());
        map.put("doi", record.doi());
        map.put("arxiv_categories", record.arxivCategories());
        map.put("comment", record.comment());
        map.put("journal_ref", record.journalRef());
        Links links = record.links();
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("paper", links.paper());
        linkMap.put("pdf", links.pdf());
        linkMap.put("code", links.code());
        linkMap.put("project", links.project());
        linkMap.put("venue", links.venue());
        map.put("links", linkMap);
        map.put("type", record.type());
        map.put("source", record.source());
        return map;
    }

    static MetadataRecord fromMap(Map<String, Object> map) {
        Map<String, Object> links = objectOf(map.get("links"));
        MetadataRecord.Builder record = MetadataRecord.builder(text(map, "origin"))
                .title(text(map, "title"))
                .authors(texts(map, "authors"))
                .authorsTruncated(Boolean.TRUE.equals(map.get("authors_truncated")))
                .abstractText(text(map, "abstract"))
                .published(date(map, "published"))
                .updated(date(map, "updated"))
                .venue(text(map, "venue"))
                .arxivId(text(map, "arxiv_id"))
                .arxivVersion(map.get("arxiv_version") instanceof Number n ? n.intValue() : null)
                .doi(text(map, "doi"))
                .comment(text(map, "comment"))
                .journalRef(text(map, "journal_ref"))
                .links(new Links(text(links, "paper"), text(links, "pdf"), text(links, "code"),
                        text(links, "project"), text(links, "venue")))
                .type(text(map, "type"))
                .source(text(map, "source"));
        texts(map, "arxiv_categories").forEach(record::arxivCategory);
        return record.build();
    }

    private static String text(Map<String, Object> map, String key) {
        return map.get(key) instanceof String s ? s : null;
    }

    private static List<String> texts(Map<String, Object> map, String key) {
        return map.get(key) instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
                : List.of();
    }

    private static PartialDate date(Map<String, Object> map, String key) {
        String text = text(map, key);
        return text == null ? null : PartialDate.parse(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectOf(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
