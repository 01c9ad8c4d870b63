package org.livesurvey.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** History rows, with snapshots as the sync writes them, read as the changes readers see. */
class HistoryRowTest {

    private static final String BEFORE = """
            {"id": "2504.17040", "title": "DyMU", "authors": ["Zhenhailong Wang"], "published": "2025-04-23",
             "venue": null, "abstract": "Old.", "categories": ["efficiency/token-compression"], "tags": []}""";
    private static final String AFTER = """
            {"id": "2504.17040", "title": "DyMU, again", "authors": ["Zhenhailong Wang"], "published": "2025-04-23",
             "venue": "NeurIPS 2025", "abstract": "New.",
             "categories": ["efficiency/token-compression", "integration/agents"], "tags": []}""";

    @Test
    void aChangedPaperHasItsChangedFieldsAndOldAndNewValuesOfTheShortOnes() {
        HistoryRow row = new HistoryRow(7, "2504.17040", "changed", 2, List.of("title", "venue", "abstract",
                "categories"), TestChanges.MONDAY, BEFORE, AFTER, null, null, List.of());

        assertThat(row.toChange()).isEqualTo(new PaperChange(7, "2504.17040", "DyMU, again", ChangeKind.CHANGED,
                TestChanges.MONDAY, 2, null, List.of("efficiency/token-compression", "integration/agents"),
                List.of("title", "venue", "abstract", "categories"), List.of(
                new FieldChange("title", "DyMU", "DyMU, again"),
                new FieldChange("venue", null, "NeurIPS 2025"),
                new FieldChange("categories", List.of("efficiency/token-compression"),
                        List.of("efficiency/token-compression", "integration/agents")))));
    }

    @Test
    void anAddedOrRemovedPaperNamesNoFields() {
        HistoryRow added = new HistoryRow(3, "2504.17040", "added", 1, List.of("id", "title", "authors"),
                TestChanges.SUNDAY, null, BEFORE, null, null, List.of());
        HistoryRow removed = new HistoryRow(9, "2504.17040", "removed", 2, List.of("id", "title", "authors"),
                TestChanges.MONDAY, AFTER, null, null, null, List.of());

        assertThat(added.toChange()).extracting(PaperChange::kind, PaperChange::title, PaperChange::changedFields,
                PaperChange::changes).containsExactly(ChangeKind.ADDED, "DyMU", List.of(), List.of());
        assertThat(removed.toChange()).extracting(PaperChange::kind, PaperChange::title, PaperChange::categories,
                PaperChange::present).containsExactly(ChangeKind.REMOVED, "DyMU, again",
                List.of("efficiency/token-compression", "integration/agents"), false);
    }

    @Test
    void anAdditionThatReplacesARemovedIdIsARenameComparedWithThePaperUnderItsOldId() {
        String renamed = AFTER.replace("\"2504.17040\"", "\"2505.00001\"");
        HistoryRow row = new HistoryRow(8, "2505.00001", "added", 1, List.of("id", "title"), TestChanges.MONDAY,
                null, renamed, "2504.17040", BEFORE, List.of("id", "title"));

        PaperChange change = row.toChange();

        assertThat(change.kind()).isEqualTo(ChangeKind.RENAMED);
        assertThat(change.formerId()).isEqualTo("2504.17040");
        assertThat(change.changes()).containsExactly(new FieldChange("id", "2504.17040", "2505.00001"),
                new FieldChange("title", "DyMU", "DyMU, again"));
    }

    @Test
    void showsListsJoinedAndUnsetValuesAsNothing() {
        FieldChange categories = new FieldChange("categories", List.of("a", "b/c"), List.of());

        assertThat(categories.oldText()).isEqualTo("a, b/c");
        assertThat(categories.newText()).isNull();
        assertThat(new FieldChange("venue", null, "ACL").oldText()).isNull();
    }
}
