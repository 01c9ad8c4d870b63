package org.livesurvey.ingest.sync;

import java.util.List;

/**
 * The difference between a taxonomy and the database: what a sync has to write.
 *
 * @param categoriesToDelete paths of nodes no longer in the tree
 * @param removed            papers whose files are gone
 * @param reproductions      what changed among the reproduction specs
 */
record SyncPlan(List<CategoryRow> categoriesToUpsert, List<String> categoriesToDelete,
                List<PlannedPaper> added, List<PlannedPaper> changed, List<StoredPaper> removed, int unchanged,
                ReproductionPlan reproductions) {

    SyncPlan {
        categoriesToUpsert = List.copyOf(categoriesToUpsert);
        categoriesToDelete = List.copyOf(categoriesToDelete);
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    boolean isEmpty() {
        return categoriesToUpsert.isEmpty() && categoriesToDelete.isEmpty()
                && added.isEmpty() && changed.isEmpty() && removed.isEmpty() && reproductions.isEmpty();
    }

    int categoriesChanged() {
        return categoriesToUpsert.size() + categoriesToDelete.size();
    }
}
