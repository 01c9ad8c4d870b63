package org.livesurvey.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code paper_source}: a curated list the paper was found in, and where in it. */
@Embeddable
class SourceRow {

    private int position;

    @Column(name = "list")
    private String listName;

    private String section;

    protected SourceRow() {
    }

    String listName() {
        return listName;
    }

    String section() {
        return section;
    }
}
