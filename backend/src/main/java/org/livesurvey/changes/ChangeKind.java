package org.livesurvey.changes;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a sync did to a paper, as readers are told it. */
public enum ChangeKind {

    /** A paper new to the survey. */
    ADDED("added"),
    /** A paper whose file changed: {@link PaperChange#changedFields()} says which fields. */
    CHANGED("changed"),
    /** A paper taken out of the survey. */
    REMOVED("removed"),
    /** A paper that got a new id in the sync (e.g. a title slug that became its arXiv id), maybe changed besides. */
    RENAMED("renamed");

    private final String key;

    ChangeKind(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
