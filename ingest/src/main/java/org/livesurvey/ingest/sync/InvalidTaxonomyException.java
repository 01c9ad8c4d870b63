package org.livesurvey.ingest.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.livesurvey.ingest.taxonomy.Problem;

/** A taxonomy with validation problems was not synced; the database was not touched. */
public final class InvalidTaxonomyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    private InvalidTaxonomyException(String message, List<Problem> problems) {
        super(message);
        this.problems = problems;
    }

    static InvalidTaxonomyException of(Path taxonomyDir, List<Problem> problems) {
        List<Problem> sorted = problems.stream().sorted().toList();
        String lines = sorted.stream().map(Problem::format).collect(Collectors.joining("\n"));
        return new InvalidTaxonomyException("the taxonomy in " + taxonomyDir + " has " + sorted.size()
                + " problem(s), nothing was synced:\n" + lines, sorted);
    }

    /** Every problem the validator found, in file and line order. */
    public List<Problem> problems() {
        return problems;
    }
}
