package org.livesurvey.ingest.source.json;

/** One record that cannot be read; the reader reports it as a problem of the batch and reads the rest. */
public final class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message) {
        super(message);
    }
}
