package org.livesurvey.taxonomy;

import java.util.List;

/** The taxonomy directory has validation problems, so nothing was synced and the database is as it was. */
public final class TaxonomyInvalidException extends RuntimeException {

    private final List<String> problems;

    private TaxonomyInvalidException(List<String> problems) {
        super("the taxonomy has " + problems.size() + " problem(s); nothing was synced");
        this.problems = List.copyOf(problems);
    }

    /** @param problems each as {@code path:line: message} */
    public static TaxonomyInvalidException withProblems(List<String> problems) {
        return new TaxonomyInvalidException(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
