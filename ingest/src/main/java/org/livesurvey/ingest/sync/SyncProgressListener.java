package org.livesurvey.ingest.sync;

/** Hears how far a running sync got; called inside its transaction. */
@FunctionalInterface
public interface SyncProgressListener {

    SyncProgressListener NONE = papersWritten -> { };

    /**
     * Called after each chunk of added or changed papers was written, with the total written so far in this sync.
     * The rows are not committed yet.
     */
    void papersWritten(int papersWritten);
}
