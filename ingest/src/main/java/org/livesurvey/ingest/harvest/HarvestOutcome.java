package org.livesurvey.ingest.harvest;

/**
 * What one run of a harvester delivered.
 *
 * @param pages    pages handed to the sink
 * @param records  records in those pages
 * @param complete {@code false} when the run was interrupted before the last page; the checkpoint holds where the
 *                 next run goes on
 */
public record HarvestOutcome(int pages, int records, boolean complete) {
}
