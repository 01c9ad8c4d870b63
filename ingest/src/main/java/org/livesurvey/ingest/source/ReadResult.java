package org.livesurvey.ingest.source;

import java.util.List;

/** What a reader got out of a file: the items it could read and a problem for each part it could not. */
public record ReadResult<T>(List<T> items, List<ReadProblem> problems) {

    public ReadResult {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }
}
