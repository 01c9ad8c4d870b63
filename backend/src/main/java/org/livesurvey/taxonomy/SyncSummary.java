package org.livesurvey.taxonomy;

/**
 * What one sync of the taxonomy directory did; all counts are zero when it found nothing to do and wrote nothing.
 *
 * @param categoriesChanged category nodes inserted, updated or removed
 * @param summary           the same in one line for a person
 */
public record SyncSummary(int added, int changed, int removed, int unchanged, int categoriesChanged,
                          long durationMs, String summary) {

    public boolean hasChanges() {
        return added + changed + removed + categoriesChanged > 0;
    }
}
