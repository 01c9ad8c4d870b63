package org.livesurvey.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code paper_category}: the paper's n-th category path (from 0); the first is the primary one. */
@Embeddable
class CategoryPosition {

    @Column(name = "category_path")
    private String path;

    private int position;

    protected CategoryPosition() {
    }

    String path() {
        return path;
    }
}
