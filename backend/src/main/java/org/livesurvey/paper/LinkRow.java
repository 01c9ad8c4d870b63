package org.livesurvey.paper;

import jakarta.persistence.Embeddable;

/**
 * A row of {@code paper_link}: one URL of a kind ({@code paper}, {@code pdf}, {@code code}, {@code project},
 * {@code venue}).
 */
@Embeddable
class LinkRow {

    private String kind;

    private String url;

    protected LinkRow() {
    }

    String kind() {
        return kind;
    }

    String url() {
        return url;
    }
}
