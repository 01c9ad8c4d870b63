package org.livesurvey.ingest.classify;

/** A filed paper whose text is close to the one classified: the evidence a reviewer can check by reading it. */
public record NearPaper(String id, String title, double similarity) {
}
