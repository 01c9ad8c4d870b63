package org.livesurvey.ingest.sync;

/** What a sync needs to know of a paper already in the database to decide whether to rewrite it. */
record StoredPaper(String id, String contentHash, int version) {
}
