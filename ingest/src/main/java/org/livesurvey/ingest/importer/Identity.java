package org.livesurvey.ingest.importer;

import java.util.Locale;

import org.livesurvey.ingest.model.Paper;

/** What two descriptions of papers say about whether they can be one work, beyond their titles. */
final class Identity {

    /** Preprint and published version may be a year apart (arXiv in December, the venue in the next year). */
    private static final int YEARS_APART = 1;

    private Identity() {
    }

    /**
     * Why the two cannot be the same work (titles with different numbers, different arXiv ids or DOIs, years too
     * far apart), or {@code null}.
     */
    static String contradiction(Paper a, Paper b) {
        if (TitleSimilarity.differInANumber(a.title(), b.title())) {
            return "the titles name different numbers";
        }
        String arxivA = PaperIds.arxivIdOf(a);
        String arxivB = PaperIds.arxivIdOf(b);
        if (arxivA != null && arxivB != null && !arxivA.equals(arxivB)) {
            return "arXiv " + arxivA + " and " + arxivB + " differ";
        }
        String doiA = a.identifiers().doi();
        String doiB = b.identifiers().doi();
        if (doiA != null && doiB != null && !doiKey(doiA).equals(doiKey(doiB))) {
            return "DOIs " + doiA + " and " + doiB + " differ";
        }
        if (a.published() != null && b.published() != null
                && Math.abs(a.published().year() - b.published().year()) > YEARS_APART) {
            return "years " + a.published().year() + " and " + b.published().year() + " differ";
        }
        return null;
    }

    // DOIs are case-insensitive
    static String doiKey(String doi) {
        return doi.toLowerCase(Locale.ROOT);
    }
}
