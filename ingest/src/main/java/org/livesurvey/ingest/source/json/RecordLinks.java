package org.livesurvey.ingest.source.json;

import java.util.Locale;
import java.util.regex.Pattern;

import org.livesurvey.ingest.metadata.ArxivIds;

/**
 * Landing pages and the arXiv ids hidden in links, the same way for every JSON reader, so that records of one
 * paper from different sources carry the same link.
 */
public final class RecordLinks {

    private static final Pattern ARXIV_URL = Pattern.compile("^https?://(?:[\\w-]+\\.)*arxiv\\.org/",
            Pattern.CASE_INSENSITIVE);
    // compiled once: String.replaceFirst compiles its expression on every call, a hot spot when reading many records
    private static final Pattern QUERY_AND_FRAGMENT = Pattern.compile("[?#].*$");
    private static final String ARXIV_DOI = "10.48550/arxiv.";

    private RecordLinks() {
    }

    /** The arXiv id that an arxiv.org link names (abstract, PDF or HTML page), or {@code null} for other links. */
    public static ArxivIds.Versioned arxivIdOfUrl(String url) {
        if (url == null || !ARXIV_URL.matcher(url).find()) {
            return null;
        }
        return ArxivIds.parse(withoutQuery(url));
    }

    /** The arXiv id of an arXiv DOI ({@code 10.48550/arxiv.2504.17040}, normalised), or {@code null}. */
    public static ArxivIds.Versioned arxivIdOfDoi(String doi) {
        return doi != null && doi.startsWith(ARXIV_DOI) ? ArxivIds.parse(doi) : null;
    }

    public static String arxivAbstractPage(String arxivId) {
        return "https://arxiv.org/abs/" + arxivId;
    }

    /**
     * The landing page the source gives (any arXiv link as the paper's canonical abstract page, without version),
     * else the arXiv abstract page, else the DOI's resolver link; {@code null} when there is nothing to link.
     */
    public static String landingPage(String given, String arxivId, String doi) {
        if (given != null) {
            ArxivIds.Versioned named = arxivIdOfUrl(given);
            return named == null ? given : arxivAbstractPage(named.id());
        }
        if (arxivId != null) {
            return arxivAbstractPage(arxivId);
        }
        return doi == null ? null : "https://doi.org/" + doi;
    }

    /** Whether a link is to a PDF file rather than a page: {@code ….pdf}, or OpenReview's {@code /pdf?id=…}. */
    public static boolean isPdf(String url) {
        if (url == null) {
            return false;
        }
        String path = withoutQuery(url).toLowerCase(Locale.ROOT);
        return path.endsWith(".pdf") || path.endsWith("/pdf");
    }

    private static String withoutQuery(String url) {
        return QUERY_AND_FRAGMENT.matcher(url).replaceFirst("");
    }
}
