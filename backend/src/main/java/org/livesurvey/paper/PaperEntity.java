package org.livesurvey.paper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A row of {@code paper} with what hangs off it. Read-only: only the taxonomy sync writes these tables. */
@Entity
@Immutable
@Table(name = "paper")
class PaperEntity {

    @Id
    private String id;

    private String title;

    @Column(name = "authors_truncated")
    private boolean authorsTruncated;

    /** As written in the file: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    private String published;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    private String updated;

    private String venue;

    @Column(name = "arxiv_id")
    private String arxivId;

    private String doi;

    @Column(name = "abstract")
    private String abstractText;

    @Column(name = "primary_category")
    private String primaryCategory;

    private String contribution;

    private String training;

    private String[] modality;

    private int version;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @ElementCollection
    @CollectionTable(name = "paper_author", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderBy("position")
    private List<AuthorPosition> authors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "paper_category", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderBy("position")
    private List<CategoryPosition> categories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "paper_tag", joinColumns = @JoinColumn(name = "paper_id"))
    @Column(name = "tag")
    @OrderBy
    private List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "paper_link", joinColumns = @JoinColumn(name = "paper_id"))
    private List<LinkRow> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "paper_source", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderBy("position")
    private List<SourceRow> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderBy("position")
    private List<ClaimRow> claims = new ArrayList<>();

    protected PaperEntity() {
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    boolean authorsTruncated() {
        return authorsTruncated;
    }

    String published() {
        return published;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }

    String updated() {
        return updated;
    }

    String venue() {
        return venue;
    }

    String arxivId() {
        return arxivId;
    }

    String doi() {
        return doi;
    }

    String abstractText() {
        return abstractText;
    }

    String primaryCategory() {
        return primaryCategory;
    }

    String contribution() {
        return contribution;
    }

    String training() {
        return training;
    }

    List<String> modality() {
        return modality == null ? List.of() : List.of(modality);
    }

    int version() {
        return version;
    }

    OffsetDateTime changedAt() {
        return changedAt;
    }

    List<AuthorPosition> authors() {
        return authors;
    }

    List<CategoryPosition> categories() {
        return categories;
    }

    List<String> tags() {
        return tags;
    }

    List<LinkRow> links() {
        return links;
    }

    List<SourceRow> sources() {
        return sources;
    }

    List<ClaimRow> claims() {
        return claims;
    }
}
