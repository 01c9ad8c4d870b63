package org.livesurvey.ingest.model;

/**
 * Where a reader finds the paper and its artefacts; each may be {@code null}.
 *
 * @param paper the paper's landing page (arXiv abstract page, OpenReview, proceedings)
 * @param venue the published version's page (proceedings, OpenReview, publisher) when {@code paper} is the preprint
 */
public record Links(String paper, String pdf, String code, String project, String venue) {

    public static final Links NONE = new Links(null, null, null, null, null);

    public Links(String paper, String pdf, String code, String project) {
        this(paper, pdf, code, project, null);
    }
}
