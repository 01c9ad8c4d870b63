package org.livesurvey.paper;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A row of {@code paper_author}: who is the n-th author (from 0) of a paper. */
@Embeddable
class AuthorPosition {

    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private AuthorEntity author;

    protected AuthorPosition() {
    }

    String name() {
        return author.name();
    }
}
