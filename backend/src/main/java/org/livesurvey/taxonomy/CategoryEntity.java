package org.livesurvey.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code category}: one node of the tree. Read-only: the taxonomy sync writes the table. */
@Entity
@Immutable
@Table(name = "category")
class CategoryEntity {

    @Id
    private String path;

    @Column(name = "parent_path")
    private String parentPath;

    private String slug;

    private String name;

    private String description;

    private String[] keywords;

    /** Index among its siblings, in file order. */
    private int position;

    protected CategoryEntity() {
    }

    String path() {
        return path;
    }

    String parentPath() {
        return parentPath;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    int position() {
        return position;
    }
}
