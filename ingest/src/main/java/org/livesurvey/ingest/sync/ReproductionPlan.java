package org.livesurvey.ingest.sync;

import java.util.List;

/**
 * The reproduction specs a sync has to write: new and changed ones are upserted, removed ones deleted.
 *
 * @param removed ids of specs whose files are gone
 */
record ReproductionPlan(List<PlannedReproduction> added, List<PlannedReproduction> changed, List<String> removed,
                        int unchanged) {

    ReproductionPlan {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
