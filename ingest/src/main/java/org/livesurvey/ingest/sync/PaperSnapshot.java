package org.livesurvey.ingest.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;

/**
 * A paper's content as canonical JSON: the keys of the paper file format in a fixed order, every key present (null or
 * an empty list when absent). The same text is hashed into {@code paper.content_hash}, so a sync rewrites a paper only
 * when its content changed, and stored in {@code paper_change} as the version's snapshot.
 */
final class PaperSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Numbers compare by value: jsonb may print 1e20 where Java printed 1.0E20. */
    private static final Comparator<JsonNode> SAME_NUMBER_OR_EQUAL = (a, b) ->
            a.isNumber() && b.isNumber() ? Double.compare(a.doubleValue(), b.doubleValue()) : (a.equals(b) ? 0 : 1);

    private final String json;

    private PaperSnapshot(String json) {
        this.json = json;
    }

    static PaperSnapshot of(Paper paper) {
        try {
            return new PaperSnapshot(JSON.writeValueAsString(toMap(paper)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise paper " + paper.id(), e);
        }
    }

    String json() {
        return json;
    }

    /** SHA-256 of the canonical JSON, in hex. */
    String contentHash() {
        return ContentHash.of(json);
    }

    /**
     * The top-level fields whose values differ between two snapshots; {@code null} stands for no paper, whose
     * fields are all empty.
     */
    static List<String> changedFields(String previousJson, String currentJson) {
        JsonNode previous = read(previousJson);
        JsonNode current = read(currentJson);
        Set<String> names = new LinkedHashSet<>();
        current.fieldNames().forEachRemaining(names::add);
        previous.fieldNames().forEachRemaining(names::add);
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            JsonNode before = previous.path(name);
            JsonNode after = current.path(name);
            boolean bothEmpty = isEmpty(before) && isEmpty(after);
            if (!bothEmpty && !before.equals(SAME_NUMBER_OR_EQUAL, after)) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static JsonNode read(String json) {
        if (json == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored paper snapshot is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Absent, null, an empty list, or an object with only empty values such as links of a paper that has none. */
    private static boolean isEmpty(JsonNode node) {
        if (node.isObject()) {
            for (JsonNode value : node) {
                if (!isEmpty(value)) {
                    return false;
                }
            }
            return true;
        }
        return node.isMissingNode() || node.isNull() || node.isArray() && node.isEmpty();
    }

    private static Map<String, Object> toMap(Paper paper) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", paper.id());
        out.put("title", paper.title());
        out.put("authors", paper.authors());
        out.put("authors_truncated", paper.authorsTruncated());
        out.put("published", text(paper.published()));
        out.put("updated", text(paper.updated()));
        out.put("venue", paper.venue());
        Map<String, Object> identifiers = new LinkedHashMap<>();
        identifiers.put("arxiv", paper.identifiers().arxiv());
        identifiers.put("doi", paper.identifiers().doi());
        out.put("identifiers", identifiers);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("paper", paper.links().paper());
        links.put("pdf", paper.links().pdf());
        links.put("code", paper.links().code());
        links.put("project", paper.links().project());
        links.put("venue", paper.links().venue());
        out.put("links", links);
        out.put("abstract", paper.abstractText());
        out.put("arxiv_categories", paper.arxivCategories());
        out.put("categories", paper.categories());
        out.put("tags", paper.tags());
        out.put("contribution", paper.contribution() == null ? null : paper.contribution().key());
        out.put("modality", paper.modality());
        out.put("training", paper.training());
        out.put("claims", paper.claims().stream().map(PaperSnapshot::claimToMap).toList());
        out.put("sources", paper.sources().stream().map(PaperSnapshot::sourceToMap).toList());
        out.put("former_ids", paper.formerIds());
        out.put("distinct_from", paper.distinctFrom());
        return out;
    }

    private static Map<String, Object> claimToMap(Claim claim) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", claim.id());
        out.put("statement", claim.statement());
        out.put("metric", claim.metric());
        out.put("value", claim.value());
        out.put("min", claim.min());
        out.put("max", claim.max());
        out.put("unit", claim.unit());
        out.put("setting", claim.setting());
        out.put("where", claim.where());
        return out;
    }

    private static Map<String, Object> sourceToMap(Source source) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("list", source.list());
        out.put("section", source.section());
        out.put("fields", source.fields());
        return out;
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
