package org.livesurvey.benchmark.ingest;

import java.util.List;

/**
 * One record of the corpus's arXiv listings, as the listing gives it: the texts the sample files are made of.
 *
 * @param abstractText {@code null} when the listing has none
 * @param categories   arXiv categories, primary first; empty when the listing gives none
 * @param comment      arXiv's comments line, or {@code null}
 */
record RealPaper(String title, List<String> authors, boolean authorsTruncated, String abstractText,
                 List<String> categories, String comment) {

    RealPaper {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }
}
