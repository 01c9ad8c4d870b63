package org.livesurvey.search;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * The one place where the engine's failures become ours. An engine that cannot be reached, times out, is overloaded or
 * has no index yet is {@link SearchUnavailableException}; a request the engine refuses as malformed (status 400) is
 * {@link InvalidSearchRequestException} with a message of our own: the engine's message names internals and is only
 * logged.
 */
final class SearchEngineErrors {

    private static final Logger log = LoggerFactory.getLogger(SearchEngineErrors.class);
    private static final String REFUSED_QUERY = "the search could not be run as written;"
            + " check its quotes, brackets and operators, or search for plain words";

    private SearchEngineErrors() {
    }

    /** A call to the engine. */
    @FunctionalInterface
    interface EngineCall<T> {
        T call() throws IOException;
    }

    /**
     * Runs the call and translates its failures.
     *
     * @param what for the log: what was being done, e.g. {@code search}
     */
    static <T> T translated(String what, EngineCall<T> call) {
        try {
            return call.call();
        } catch (ElasticsearchException e) {
            throw translate(what, e);
        } catch (IOException e) {
            log.warn("Search engine unavailable ({}): {}", what, e.toString());
            throw SearchUnavailableException.because(e);
        } catch (RuntimeException e) {
            // the client's own failures: a stopped connection pool, an answer that is not the engine's JSON
            log.warn("Search engine unusable ({}): {}", what, e.toString());
            throw SearchUnavailableException.because(e);
        }
    }

    static RuntimeException translate(String what, ElasticsearchException e) {
        if (e.status() == 400) {
            log.warn("Search engine refused a request ({}): {}", what, describe(e));
            return InvalidSearchRequestException.of(REFUSED_QUERY);
        }
        log.warn("Search engine failed ({}, status {}): {}", what, e.status(), describe(e));
        return SearchUnavailableException.because(e);
    }

    private static String describe(ElasticsearchException e) {
        var error = e.error();
        StringBuilder text = new StringBuilder(String.valueOf(error.type())).append(": ").append(error.reason());
        error.rootCause().forEach(cause -> text.append(" / ").append(cause.type()).append(": ").append(cause.reason()));
        return text.toString();
    }
}
