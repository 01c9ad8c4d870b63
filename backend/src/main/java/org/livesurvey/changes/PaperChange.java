package org.livesurvey.changes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One change of one paper, as a sync recorded it in the paper's history.
 *
 * @param id            the history entry's number: unique, and larger for later entries of the same sync
 * @param paperId       the paper's id after the change; for a removed paper, the id it had
 * @param title         the title after the change; for a removed paper, the title it had
 * @param changedAt     when the sync wrote it, in UTC
 * @param version       the paper's version after the change; for a removed paper, its last version
 * @param formerId      for a renamed paper, the id it had before; {@code null} otherwise
 * @param categories    the category paths the paper is filed under (for a removed paper, was), primary first
 * @param changedFields the top-level fields of the paper file that differ, in file order; empty when the paper was
 *                      added or removed
 * @param changes       the old and new values of the short fields among them (title, dates, venue, categories,
 *                      tags, contribution, training, modality, and the id of a renamed paper)
 */
public record PaperChange(long id, String paperId, String title, ChangeKind kind, OffsetDateTime changedAt,
                          int version, String formerId, List<String> categories, List<String> changedFields,
                          List<FieldChange> changes) {

    public PaperChange {
        categories = List.copyOf(categories);
        changedFields = List.copyOf(changedFields);
        changes = List.copyOf(changes);
    }

    /** Whether the paper is still in the survey under {@link #paperId()}: it has a page. */
    public boolean present() {
        return kind != ChangeKind.REMOVED;
    }
}
