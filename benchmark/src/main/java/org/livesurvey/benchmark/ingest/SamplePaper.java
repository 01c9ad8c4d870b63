package org.livesurvey.benchmark.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One record of the sample files: the texts of a real paper under a new arXiv id, version and dates, written the
 * same way into every format.
 *
 * @param number  1-based place in the file
 * @param arxivId new-style, without version
 * @param updated the latest version's date; the same as {@code published} for a first version
 * @param venue   {@code null} for a preprint only
 * @param doi     the venue's DOI, or {@code null}
 */
record SamplePaper(int number, String arxivId, int version, LocalDate published, LocalDate updated, String title,
                   List<String> authors, boolean authorsTruncated, String abstractText, List<String> categories,
                   String comment, Venue venue, String doi) {

    String absUrl() {
        return "https://arxiv.org/abs/" + arxivId;
    }

    String pdfUrl() {
        return "https://arxiv.org/pdf/" + arxivId + "v" + version;
    }

    String primaryCategory() {
        return categories.get(0);
    }

    /** The DOI arXiv assigns every paper. */
    String arxivDoi() {
        return "10.48550/arXiv." + arxivId;
    }
}
