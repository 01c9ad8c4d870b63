package org.livesurvey.taxonomy;

/** A sync was asked for while another one was running in this instance. */
public final class SyncInProgressException extends RuntimeException {

    private SyncInProgressException() {
        super("a taxonomy sync is already running");
    }

    public static SyncInProgressException create() {
        return new SyncInProgressException();
    }
}
