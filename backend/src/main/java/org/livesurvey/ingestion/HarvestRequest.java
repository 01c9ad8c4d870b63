package org.livesurvey.ingestion;

import java.time.LocalDate;

/**
 * One harvest: the records of a set changed from {@code from} to {@code until} (both days included).
 *
 * @param checkpoint where an earlier harvest of the same window stopped, as its last page said; {@code null} to start
 *                   at the beginning
 */
public record HarvestRequest(String set, String metadataPrefix, LocalDate from, LocalDate until, String checkpoint) {
}
