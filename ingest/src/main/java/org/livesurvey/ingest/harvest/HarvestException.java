package org.livesurvey.ingest.harvest;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A harvest that stopped before its end. The message is one line for an operator: the URL, what the service did and
 * what to do. The checkpoint is left as it was, so a rerun asks again for the page that failed.
 */
public final class HarvestException extends Exception {

    /** Why the harvest stopped. */
    public enum Kind {
        /** no connection to the service (refused, unknown host, reset) */
        UNREACHABLE,
        /** the service did not answer within the request timeout */
        TIMEOUT,
        /** the service kept failing (HTTP 5xx other than 503) */
        SERVER_ERROR,
        /** the service kept asking to slow down (HTTP 503 or 429), or asked to wait longer than a harvest waits */
        RATE_LIMITED,
        /** an answer the reader cannot read: truncated XML, an HTML error page, another format */
        MALFORMED,
        /** the service rejected the request itself (HTTP 4xx, an OAI-PMH error, arXiv's error feed) */
        REFUSED,
        /** the page sink failed; the page is fetched and delivered again by the next run */
        SINK_FAILED
    }

    private static final String RERUN = "rerun later: the harvest resumes from its checkpoint";

    private final Kind kind;
    private final Duration retryAfter;

    private HarvestException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        // the reader's and the JDK's messages may quote text with line breaks
        super(message.replaceAll("\\s*\\R\\s*", " "), cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    static HarvestException unreachable(URI url, Exception cause) {
        return new HarvestException(Kind.UNREACHABLE, "cannot reach " + url + " (" + describe(cause)
                + "); check the network and the base URL, then " + RERUN, null, cause);
    }

    static HarvestException timeout(URI url, Duration timeout) {
        return new HarvestException(Kind.TIMEOUT, url + " did not answer within " + seconds(timeout)
                + "; the service may be overloaded: " + RERUN, null, null);
    }

    static HarvestException serverError(URI url, int status, int attempts) {
        return new HarvestException(Kind.SERVER_ERROR, url + " answered HTTP " + status + " to " + attempts
                + " attempts; the service is failing: " + RERUN, null, null);
    }

    static HarvestException rateLimited(URI url, int status, int attempts, Optional<Duration> retryAfter) {
        String asked = retryAfter.map(wait -> ", Retry-After " + seconds(wait)).orElse("");
        return new HarvestException(Kind.RATE_LIMITED, url + " still asks to slow down (HTTP " + status + asked
                + ") after " + attempts + " attempts; " + RERUN + (retryAfter.isPresent() ? " once that has passed" : ""),
                retryAfter.orElse(null), null);
    }

    static HarvestException retryTooFar(URI url, int status, Duration retryAfter) {
        return new HarvestException(Kind.RATE_LIMITED, url + " asks to wait " + seconds(retryAfter) + " (HTTP "
                + status + "), longer than a harvest waits; " + RERUN + " once that has passed", retryAfter, null);
    }

    /** @param readerMessage the reader's one-line message, which names the URL */
    static HarvestException malformed(String readerMessage, int status, String contentType) {
        return new HarvestException(Kind.MALFORMED, readerMessage + " (HTTP " + status + ", " + contentType
                + "); nothing of this page was kept: " + RERUN + ", and report it if it persists", null, null);
    }

    /** @param what names the URL */
    static HarvestException refused(String what, int status) {
        return new HarvestException(Kind.REFUSED, what + " (HTTP " + status + "); check the query and the base URL,"
                + " and if the run resumed from a checkpoint, clear the checkpoint to start over", null, null);
    }

    static HarvestException sinkFailed(URI url, Exception cause) {
        return new HarvestException(Kind.SINK_FAILED, "the page of " + url + " was fetched but could not be handed"
                + " over (" + describe(cause) + "); fix that and rerun: the page is fetched again", null, cause);
    }

    /** arXiv's API answers an empty page now and then when it is busy, although results remain. */
    static HarvestException emptyPage(URI url, long total) {
        return new HarvestException(Kind.SERVER_ERROR, url + " answered a page without results although it counts "
                + total + "; the service is busy: " + RERUN, null, null);
    }

    /** A checkpoint that holds no state this harvester wrote. */
    static HarvestException badCheckpoint(String state, String expected) {
        return new HarvestException(Kind.MALFORMED, "the checkpoint holds '" + state + "', not " + expected
                + "; clear the checkpoint to start over", null, null);
    }

    /** A service whose paging goes nowhere, which would ask for the same pages forever. */
    static HarvestException pagingStuck(URI url, String next) {
        return new HarvestException(Kind.MALFORMED, url + " points to '" + next + "' as its next page, which is no"
                + " step forward; report it", null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the service asked to wait before the next request, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static String describe(Exception cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + message;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
