package org.livesurvey.paper;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Everything known about one paper, for its page and {@code GET /api/v1/papers/{id}}. Optional values are
 * {@code null}; lists are empty when there is nothing.
 *
 * @param authorsTruncated the source listed only the first authors ("et al."): {@code authors} is not the whole
 *                         byline
 * @param published  as curated: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param categories the first is the primary one
 * @param version    1 for a paper never changed since it was added; each sync that changes it adds one
 * @param changedAt  when a sync last added or changed it, in UTC
 */
public record PaperDetails(
        String id,
        String title,
        List<String> authors,
        boolean authorsTruncated,
        String published,
        String updated,
        String venue,
        PaperIdentifiers identifiers,
        PaperLinks links,
        @JsonProperty("abstract") String abstractText,
        List<CategoryRef> categories,
        List<String> tags,
        String contribution,
        List<String> modality,
        String training,
        List<PaperClaim> claims,
        List<PaperSource> sources,
        int version,
        OffsetDateTime changedAt) {

    public PaperDetails {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        modality = List.copyOf(modality);
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }

    /** External identifiers; each may be {@code null}. */
    public record PaperIdentifiers(String arxiv, String doi) {
    }

    /**
     * Where to read the paper and find its code; each may be {@code null}.
     *
     * @param venue the published version (proceedings, OpenReview, publisher) when {@code paper} is the preprint
     */
    public record PaperLinks(String paper, String pdf, String code, String project, String venue) {

        @JsonIgnore
        public boolean isEmpty() {
            return paper == null && pdf == null && code == null && project == null && venue == null;
        }
    }

    /** A category the paper is filed under, with the node's display name. */
    public record CategoryRef(String path, String name) {
    }

    /**
     * A checkable statement of the paper: {@code value}, or a range from {@code min} to {@code max}.
     *
     * @param where the place in the paper it comes from, e.g. {@code Table 2}
     */
    public record PaperClaim(String id, String statement, String metric, Double value, Double min, Double max,
                             String unit, String setting, String where) {

        /** For people: {@code 84.5 %} or {@code 32–85 %}, numbers as curated (no padded decimals). */
        public String valueText() {
            String number = value != null ? plain(value) : plain(min) + "–" + plain(max);
            if (unit == null) {
                return number;
            }
            return "percent".equals(unit) ? number + " %" : number + " " + unit;
        }

        private static String plain(Double number) {
            return number == null ? "?" : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
    }

    /** A curated list the paper was found in, and the section of that list. */
    public record PaperSource(String list, String section) {
    }
}
