package org.livesurvey.search;

/** A search request that cannot be run as it is; the message says what to change and is safe to show. */
public final class InvalidSearchRequestException extends RuntimeException {

    private InvalidSearchRequestException(String message) {
        super(message);
    }

    public static InvalidSearchRequestException of(String message) {
        return new InvalidSearchRequestException(message);
    }
}
