package org.livesurvey.web;

/** A client used up its rate limit; it may ask again after {@link #retryAfterSeconds()}. */
final class RateLimitExceededException extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimitExceededException(long retryAfterSeconds) {
        // raised for every request over the limit: a stack trace would never be read
        super("rate limit exceeded", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
