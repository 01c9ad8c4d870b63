package org.livesurvey.ingestion;

import java.time.LocalDate;

/**
 * The days one harvest covers, both included.
 *
 * @param checkpoint where an interrupted harvest of this window stopped, or {@code null} to start at its beginning
 */
record HarvestWindow(LocalDate from, LocalDate until, String checkpoint) {
}
