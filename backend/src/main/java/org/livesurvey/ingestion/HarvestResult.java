package org.livesurvey.ingestion;

/** @param complete whether the source said it had no more pages; {@code false} leaves the rest to the next run */
public record HarvestResult(int pages, int records, boolean complete) {
}
