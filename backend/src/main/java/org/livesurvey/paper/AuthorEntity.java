package org.livesurvey.paper;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code author}: one person, shared by all their papers. */
@Entity
@Immutable
@Table(name = "author")
class AuthorEntity {

    @Id
    private Long id;

    private String name;

    protected AuthorEntity() {
    }

    String name() {
        return name;
    }
}
