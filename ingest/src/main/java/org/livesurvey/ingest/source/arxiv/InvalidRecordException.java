package org.livesurvey.ingest.source.arxiv;

/** One record that cannot be read; its reader reports it as a problem at the record's line and reads on. */
final class InvalidRecordException extends RuntimeException {

    InvalidRecordException(String message) {
        super(message);
    }
}
