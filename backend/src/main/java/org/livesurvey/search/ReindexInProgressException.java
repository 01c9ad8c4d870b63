package org.livesurvey.search;

/** A full rebuild of the search index was asked for while one was running or already asked for. */
public final class ReindexInProgressException extends RuntimeException {

    private ReindexInProgressException() {
        super("a rebuild of the search index is already running");
    }

    public static ReindexInProgressException create() {
        return new ReindexInProgressException();
    }
}
