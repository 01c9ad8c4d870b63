package org.livesurvey.ingest.metadata;

import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.PartialDate;

/**
 * One work as a metadata source describes it, in one shape for every format. Readers decode their format (XML
 * entities, LaTeX, inverted-index abstracts) and put identifiers in canonical form (see {@link Identifiers}); the
 * importer then matches the record against the taxonomy. Optional scalars are {@code null} when absent; lists are
 * never {@code null}.
 *
 * @param origin           where the record stands, for messages: {@code file:line}
 * @param authors          display names in paper order ("Given Family", or a literal such as a consortium)
 * @param authorsTruncated the source cut the list short ("et al.", "and others", a capped list)
 * @param arxivId          without version: {@code 2504.17040} or {@code hep-th/9901001}
 * @param arxivVersion     the latest version the record names, or {@code null}
 * @param doi              bare and lower case: {@code 10.1145/3442188.3445922}
 * @param arxivCategories  primary first, e.g. {@code cs.CL}
 * @param type             the kind of work as the format names it, lower case ({@code article}, {@code inproceedings},
 *                         {@code journal-article}, {@code preprint}), or {@code null}
 * @param source           who the record says provided the data (e.g. a repository and commit), or {@code null}
 */
public record MetadataRecord(
        String origin,
        String title,
        List<String> authors,
        boolean authorsTruncated,
        String abstractText,
        PartialDate published,
        PartialDate updated,
        String venue,
        String arxivId,
        Integer arxivVersion,
        String doi,
        List<String> arxivCategories,
        String comment,
        String journalRef,
        Links links,
        String type,
        String source) {

    public MetadataRecord {
        authors = List.copyOf(authors);
        arxivCategories = List.copyOf(arxivCategories);
        links = links == null ? Links.NONE : links;
    }

    public static Builder builder(String origin) {
        return new Builder(origin);
    }

    public Builder toBuilder() {
        Builder b = new Builder(origin);
        b.title = title;
        b.authors.addAll(authors);
        b.authorsTruncated = authorsTruncated;
        b.abstractText = abstractText;
        b.published = published;
        b.updated = updated;
        b.venue = venue;
        b.arxivId = arxivId;
        b.arxivVersion = arxivVersion;
        b.doi = doi;
        b.arxivCategories.addAll(arxivCategories);
        b.comment = comment;
        b.journalRef = journalRef;
        b.links = links;
        b.type = type;
        b.source = source;
        return b;
    }

    /** Readers fill a record field by field; blank texts count as absent. */
    public static final class Builder {

        private static final java.util.regex.Pattern ARXIV_CATEGORY =
                java.util.regex.Pattern.compile("[a-z-]+(\\.[A-Za-z-]+)?");

        private final String origin;
        private String title;
        private final List<String> authors = new ArrayList<>();
        private boolean authorsTruncated;
        private String abstractText;
        private PartialDate published;
        private PartialDate updated;
        private String venue;
        private String arxivId;
        private Integer arxivVersion;
        private String doi;
        private final List<String> arxivCategories = new ArrayList<>();
        private String comment;
        private String journalRef;
        private Links links = Links.NONE;
        private String type;
        private String source;

        private Builder(String origin) {
            this.origin = origin;
        }

        public Builder title(String title) {
            this.title = Texts.orNull(title);
            return this;
        }

        /** Adds one author; a blank name is ignored. */
        public Builder author(String name) {
            String clean = Texts.orNull(name);
            if (clean != null) {
                authors.add(clean);
            }
            return this;
        }

        public Builder authors(List<String> names) {
            names.forEach(this::author);
            return this;
        }

        public Builder authorsTruncated(boolean truncated) {
            this.authorsTruncated = truncated;
            return this;
        }

        public Builder abstractText(String text) {
            this.abstractText = Texts.orNull(text);
            return this;
        }

        public Builder published(PartialDate date) {
            this.published = date;
            return this;
        }

        public Builder updated(PartialDate date) {
            this.updated = date;
            return this;
        }

        public Builder venue(String venue) {
            this.venue = Texts.orNull(venue);
            return this;
        }

        public Builder arxivId(String arxivId) {
            this.arxivId = arxivId;
            return this;
        }

        public Builder arxivVersion(Integer version) {
            this.arxivVersion = version;
            return this;
        }

        public Builder doi(String doi) {
            this.doi = doi;
            return this;
        }

        /** Adds one arXiv subject class ({@code cs.CL}); ACM or MSC classes some sources mix in are left out. */
        public Builder arxivCategory(String category) {
            String clean = Texts.orNull(category);
            if (clean != null && ARXIV_CATEGORY.matcher(clean).matches() && !arxivCategories.contains(clean)) {
                arxivCategories.add(clean);
            }
            return this;
        }

        public Builder comment(String comment) {
            this.comment = Texts.orNull(comment);
            return this;
        }

        public Builder journalRef(String journalRef) {
            this.journalRef = Texts.orNull(journalRef);
            return this;
        }

        public Builder links(Links links) {
            this.links = links;
            return this;
        }

        public Builder type(String type) {
            this.type = Texts.orNull(type);
            return this;
        }

        public Builder source(String source) {
            this.source = Texts.orNull(source);
            return this;
        }

        public MetadataRecord build() {
            return new MetadataRecord(origin, title, authors, authorsTruncated, abstractText, published, updated,
                    venue, arxivId, arxivVersion, doi, arxivCategories, comment, journalRef, links, type, source);
        }
    }
}
