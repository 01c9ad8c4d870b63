package org.livesurvey.ingest.source.ris;

/** A record that was read but cannot be one; the message completes "record at line 3 ...". */
final class InvalidRecordException extends RuntimeException {

    InvalidRecordException(String message) {
        super(message);
    }
}
