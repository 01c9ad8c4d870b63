package org.livesurvey.ingest.model;

/**
 * Where a reader finds the paper and its artefacts; each may be {@code null}.
 *
 * @param paper the paper's landing page (arXiv abstract page, OpenReview, proceedings)
 */
public record Links(String paper, String pdf, String code, String project) {

    public static final Links NONE = new Links(null, null, null, null);
}
