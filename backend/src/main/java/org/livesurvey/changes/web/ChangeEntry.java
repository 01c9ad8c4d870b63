package org.livesurvey.changes.web;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.livesurvey.changes.ChangeKind;
import org.livesurvey.changes.FieldChange;
import org.livesurvey.changes.PaperChange;

/**
 * One change as {@code GET /api/v1/changes} lists it.
 *
 * @param url the paper's page; {@code null} for a removed paper, which has none
 */
record ChangeEntry(
        @Schema(description = "The paper's id after the change; for a removed paper, the id it had") String paperId,
        @Schema(description = "The title after the change; for a removed paper, the title it had") String title,
        @Schema(description = "The paper's page on this site; null for a removed paper", nullable = true) String url,
        @Schema(description = "added, changed, removed, or renamed (a new id, maybe with other changes)")
        ChangeKind kind,
        @Schema(description = "When the sync that made the change wrote it (UTC)") OffsetDateTime changedAt,
        @Schema(description = "The paper's version after the change (its last one for a removed paper)") int version,
        @Schema(description = "The id a renamed paper had before; null otherwise", nullable = true) String formerId,
        @Schema(description = "The category paths the paper is (or, removed, was) filed under, primary first")
        List<String> categories,
        @Schema(description = "The fields of the paper file that changed, in file order; empty when added or removed")
        List<String> changedFields,
        @ArraySchema(arraySchema = @Schema(description = "Old and new value of each short field among "
                + "changed_fields: id, title, published, updated, venue, categories, tags, contribution, training, "
                + "modality. A value is a text, a list of texts, or null when unset."))
        List<FieldChange> changes) {

    static ChangeEntry of(PaperChange change, String siteUrl) {
        return new ChangeEntry(change.paperId(), change.title(),
                change.present() ? siteUrl + "/papers/" + change.paperId() : null, change.kind(), change.changedAt(),
                change.version(), change.formerId(), change.categories(), change.changedFields(), change.changes());
    }
}
