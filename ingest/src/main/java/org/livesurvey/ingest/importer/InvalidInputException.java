package org.livesurvey.ingest.importer;

/** An input file of an import cannot be used as it is; the message says where and why. Nothing was imported. */
public final class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
