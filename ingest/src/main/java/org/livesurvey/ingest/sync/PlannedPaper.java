package org.livesurvey.ingest.sync;

import org.livesurvey.ingest.model.Paper;

/**
 * A paper a sync is about to write.
 *
 * @param version the version it will have once written
 */
record PlannedPaper(Paper paper, PaperSnapshot snapshot, String contentHash, int version) {
}
