package org.livesurvey.changes;

import java.time.OffsetDateTime;
import java.util.List;

/** Changes as {@link PaperChangeLog} reads them, one of each kind, over two days. */
public final class TestChanges {

    public static final OffsetDateTime MONDAY = OffsetDateTime.parse("2025-06-02T09:30:00Z");
    public static final OffsetDateTime SUNDAY = OffsetDateTime.parse("2025-06-01T18:05:12Z");

    private TestChanges() {
    }

    /** DyMU got a new title and a second category; its abstract changed too. */
    public static PaperChange changedTitleAndCategories() {
        return new PaperChange(12, "2504.17040", "DyMU: Dynamic Merging for <Efficient> VLMs", ChangeKind.CHANGED,
                MONDAY, 2, null, List.of("efficiency/token-compression", "integration/agents"),
                List.of("title", "abstract", "categories"),
                List.of(new FieldChange("title", "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs",
                                "DyMU: Dynamic Merging for <Efficient> VLMs"),
                        new FieldChange("categories", List.of("efficiency/token-compression"),
                                List.of("efficiency/token-compression", "integration/agents"))));
    }

    public static PaperChange removed() {
        return new PaperChange(11, "2504.14870", "OTC: Optimal Tool Calls via Reinforcement Learning",
                ChangeKind.REMOVED, MONDAY, 1, null, List.of("efficiency/reasoning-economy/long2short-rl"), List.of(),
                List.of());
    }

    public static PaperChange renamed() {
        return new PaperChange(10, "2506.01234", "Escaping, renamed", ChangeKind.RENAMED, MONDAY, 1,
                "escaping-in-titles", List.of("alignment/preference-optimization"), List.of("id", "former_ids"),
                List.of(new FieldChange("id", "escaping-in-titles", "2506.01234")));
    }

    public static PaperChange added() {
        return new PaperChange(3, "2504.17040", "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs",
                ChangeKind.ADDED, SUNDAY, 1, null, List.of("efficiency/token-compression"), List.of(), List.of());
    }

    /** Every change above, newest first. */
    public static List<PaperChange> all() {
        return List.of(changedTitleAndCategories(), removed(), renamed(), added());
    }
}
