package org.livesurvey.ingestion;

import java.time.OffsetDateTime;
import java.time.LocalDate;

/**
 * One harvest of one source, as the admin page shows it.
 *
 * @param status       {@code running}, {@code succeeded} or {@code failed}
 * @param knownPapers  records of papers the taxonomy already has
 * @param seenBefore   records proposed before, whatever became of the proposal
 * @param notRelevant  records the classifier finds outside the survey
 * @param errorKind    e.g. {@code unreachable}, {@code timeout}, {@code server-error}; {@code null} unless failed
 * @param errorMessage what went wrong, in a line; {@code null} unless failed
 */
public record HarvestRun(long id, String source, String triggeredBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                         LocalDate from, LocalDate until, String status, int pages, int records, int knownPapers,
                         int seenBefore, int notRelevant, int proposalsCreated, String errorKind,
                         String errorMessage) {

    public boolean failed() {
        return "failed".equals(status);
    }
}
