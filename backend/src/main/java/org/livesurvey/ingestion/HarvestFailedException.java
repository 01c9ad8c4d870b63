package org.livesurvey.ingestion;

import java.util.Locale;

/** A harvest the source broke off: the message says what happened in a line that a maintainer can act on. */
public final class HarvestFailedException extends RuntimeException {

    /** What went wrong, so that the log and the admin page can tell an offline machine from a broken source. */
    public enum Kind {
        UNREACHABLE, TIMEOUT, SERVER_ERROR, RATE_LIMITED, MALFORMED, REFUSED;

        /** The lower-case name stored with the run, e.g. {@code server-error}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;

    public HarvestFailedException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public HarvestFailedException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
