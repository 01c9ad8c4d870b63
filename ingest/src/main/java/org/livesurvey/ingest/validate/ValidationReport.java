package org.livesurvey.ingest.validate;

import java.util.List;

import org.livesurvey.ingest.model.Taxonomy;
import org.livesurvey.ingest.taxonomy.Problem;

/**
 * The outcome of validating a taxonomy directory.
 *
 * @param taxonomy             the files that could be read (files with problems of their own are left out)
 * @param problems             every problem found, sorted by file and line
 * @param paperFiles           how many paper files were checked
 * @param categories           how many category nodes the tree has
 * @param reproductionFiles    how many reproduction files were checked
 */
public record ValidationReport(Taxonomy taxonomy, List<Problem> problems, int paperFiles, int categories,
                               int reproductionFiles) {

    public ValidationReport {
        problems = problems.stream().sorted().toList();
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** e.g. {@code checked 1565 papers, 60 categories, 0 reproductions: 3 problems}. */
    public String summary() {
        return "checked " + count(paperFiles, "paper") + ", " + count(categories, "category", "categories") + ", "
                + count(reproductionFiles, "reproduction") + ": " + count(problems.size(), "problem");
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
