package org.livesurvey.paper;

/** A paper's id and version, read without the rest of the paper. */
record PaperVersion(String id, int version) {
}
