package org.livesurvey.ingest.sync;

import java.util.Locale;

/** What started a sync; recorded in {@code sync_run.triggered_by}. */
public enum SyncTrigger {
    /** the application synced the taxonomy while starting */
    STARTUP,
    /** an operator asked for it through the admin API */
    ADMIN,
    /** the {@code sync} command of the ingest command line */
    CLI,
    /** a maintainer accepted a proposal of the review queue, which wrote its paper file */
    REVIEW;

    /** The lower-case name stored in the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
