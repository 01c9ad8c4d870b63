package org.livesurvey.ingest.sync;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What one sync did. A sync with nothing to do has all change counts at zero and wrote nothing.
 *
 * @param addedIds          papers that were new
 * @param changedIds        papers whose content changed (each got a new version)
 * @param removedIds        papers whose files are gone
 * @param categoriesChanged category nodes inserted, updated or removed
 * @param reproductions     what the sync did to reproduction specs
 */
public record SyncReport(Set<String> addedIds, Set<String> changedIds, Set<String> removedIds, int unchanged,
                         int categoriesChanged, ReproductionChanges reproductions, Duration duration) {

    public SyncReport {
        addedIds = Set.copyOf(addedIds);
        changedIds = Set.copyOf(changedIds);
        removedIds = Set.copyOf(removedIds);
    }

    public int added() {
        return addedIds.size();
    }

    public int changed() {
        return changedIds.size();
    }

    public int removed() {
        return removedIds.size();
    }

    public boolean hasChanges() {
        return added() + changed() + removed() + categoriesChanged > 0 || reproductions.hasChanges();
    }

    /**
     * One line for a person, e.g. {@code synced in 1.2 s: 3 added, 1 changed, 0 removed, 1556 unchanged, 0 categories
     * changed}, followed by {@code ; reproductions: 1 added, 0 changed, 0 removed} when any spec changed.
     */
    public String summary() {
        String took = duration.toMillis() < 1000 ? duration.toMillis() + " ms"
                : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        if (!hasChanges()) {
            return "no changes: " + unchanged + " papers already up to date (checked in " + took + ")";
        }
        String papers = "synced in " + took + ": " + added() + " added, " + changed() + " changed, " + removed()
                + " removed, " + unchanged + " unchanged, " + categoriesChanged + " categories changed";
        return reproductions.hasChanges() ? papers + "; reproductions: " + reproductions.added() + " added, "
                + reproductions.changed() + " changed, " + reproductions.removed() + " removed" : papers;
    }

    /**
     * What a sync did to the specs in {@code taxonomy/reproductions/}.
     *
     * @param addedIds   specs that were new
     * @param changedIds specs whose content changed (rewritten in place: their runs stay)
     * @param removedIds specs whose files are gone (deleted with their runs)
     */
    public record ReproductionChanges(Set<String> addedIds, Set<String> changedIds, Set<String> removedIds,
                                      int unchanged) {

        public ReproductionChanges {
            addedIds = Set.copyOf(addedIds);
            changedIds = Set.copyOf(changedIds);
            removedIds = Set.copyOf(removedIds);
        }

        public int added() {
            return addedIds.size();
        }

        public int changed() {
            return changedIds.size();
        }

        public int removed() {
            return removedIds.size();
        }

        public boolean hasChanges() {
            return added() + changed() + removed() > 0;
        }
    }
}
