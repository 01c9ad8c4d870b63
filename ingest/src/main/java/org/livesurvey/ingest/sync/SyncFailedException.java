package org.livesurvey.ingest.sync;

import java.sql.SQLException;

/** The database refused a sync; its transaction was rolled back, so the knowledge base is as it was. */
public final class SyncFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private SyncFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    static SyncFailedException of(SQLException cause) {
        return new SyncFailedException("the sync was rolled back: " + cause.getMessage(), cause);
    }
}
