package org.livesurvey.search;

/** The search engine did not answer; pages and the API say so, the rest of the site keeps working. */
public final class SearchUnavailableException extends RuntimeException {

    private SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public static SearchUnavailableException because(Throwable cause) {
        return new SearchUnavailableException("the search engine is not answering", cause);
    }
}
