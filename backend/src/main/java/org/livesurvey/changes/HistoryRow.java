package org.livesurvey.changes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row of the paper history as {@link PaperChangeLog} reads it, with the removal of the paper's old id when the
 * row is the addition half of a rename. The snapshots are the paper files' content as canonical JSON (every field
 * present, {@code null} or empty when unset), written by the ingest library's sync.
 *
 * @param change        {@code added}, {@code changed} or {@code removed}
 * @param previous      the paper before the change; {@code null} when added
 * @param current       the paper after the change; {@code null} when removed
 * @param formerId      the old id when the row is a rename's addition, else {@code null}
 * @param former        the paper under its old id, before the rename
 * @param renamedFields the fields that differ between {@code former} and {@code current}
 */
record HistoryRow(long id, String paperId, String change, int version, List<String> changedFields,
                  OffsetDateTime changedAt, String previous, String current, String formerId, String former,
                  List<String> renamedFields) {

    /** Short enough to show old and new side by side; the others are only named. */
    static final List<String> SHORT_FIELDS = List.of("id", "title", "published", "updated", "venue", "categories",
            "tags", "contribution", "training", "modality");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    PaperChange toChange() {
        ChangeKind kind = kind();
        JsonNode before = read(kind == ChangeKind.RENAMED ? former : previous);
        JsonNode after = read(current);
        JsonNode paper = current != null ? after : before;
        List<String> fields = switch (kind) {
            case ADDED, REMOVED -> List.of();
            case CHANGED -> changedFields;
            case RENAMED -> renamedFields;
        };
        List<FieldChange> changes = fields.stream().filter(SHORT_FIELDS::contains)
                .map(field -> new FieldChange(field, value(before.path(field)), value(after.path(field))))
                .toList();
        return new PaperChange(id, paperId, paper.path("title").asString(paperId), kind, changedAt, version,
                formerId, texts(paper.path("categories")), fields, changes);
    }

    private ChangeKind kind() {
        return switch (change) {
            case "added" -> formerId == null ? ChangeKind.ADDED : ChangeKind.RENAMED;
            case "changed" -> ChangeKind.CHANGED;
            case "removed" -> ChangeKind.REMOVED;
            default -> throw new IllegalStateException("paper_change " + id + " has the unknown change " + change);
        };
    }

    /** A missing snapshot reads as an object without fields. */
    private static JsonNode read(String json) {
        return json == null ? JSON.createObjectNode() : JSON.readTree(json);
    }

    /** A list of texts for an array, a text for anything else, {@code null} for null or missing. */
    private static Object value(JsonNode node) {
        if (node.isArray()) {
            return texts(node);
        }
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asString()));
        return texts;
    }
}
