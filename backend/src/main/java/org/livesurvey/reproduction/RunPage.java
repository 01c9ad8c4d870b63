package org.livesurvey.reproduction;

import java.util.List;

/**
 * One page of a reproduction's runs, newest first.
 *
 * @param total how many runs it has in all
 * @param page  from 1
 */
public record RunPage(List<RunSummary> runs, long total, int page, int perPage) {

    public RunPage {
        runs = List.copyOf(runs);
    }
}
