package org.livesurvey.reproduction;

import java.util.List;

/**
 * A result file that breaks the experiment contract ({@code runner/result.schema.json}), or that belongs to another
 * experiment, configuration or seed than the run it should report. Each problem names the field at fault.
 */
public final class InvalidRunResultException extends ReproductionRequestException {

    private final List<String> problems;

    private InvalidRunResultException(List<String> problems) {
        super("The result file is malformed: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public static InvalidRunResultException withProblems(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid result has at least one problem");
        }
        return new InvalidRunResultException(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
