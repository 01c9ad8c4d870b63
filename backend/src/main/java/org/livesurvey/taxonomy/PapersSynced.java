package org.livesurvey.taxonomy;

import java.util.Set;

/**
 * A sync changed the knowledge base; published after its transaction committed, so listeners read the new data.
 *
 * @param changedIds        papers that were added or whose content changed
 * @param removedIds        papers that are gone
 * @param categoriesChanged whether category nodes were inserted, updated or removed
 */
public record PapersSynced(Set<String> changedIds, Set<String> removedIds, boolean categoriesChanged) {

    public PapersSynced {
        changedIds = Set.copyOf(changedIds);
        removedIds = Set.copyOf(removedIds);
    }
}
