package org.livesurvey.ingest.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tidies links and venues as the curated lists write them; changes only what is plainly a slip. */
final class LinkNormalizer {

    private static final Pattern ABSOLUTE_URL = Pattern.compile("https?://[^\\s/?#]+\\S*");
    // "/aclanthology.org/2023.findings-emnlp.167/": a link whose scheme and one slash were lost
    private static final Pattern HOST_WITHOUT_SCHEME = Pattern.compile("/{1,2}([a-z0-9-]+(\\.[a-z0-9-]+)+/\\S*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_IN_URL = Pattern.compile(
            "(?:doi\\.org/|/doi/(?:abs/|full/|pdf/|epdf/)?)(10\\.\\d{4,9}/[^\\s?#]+?)/?$", Pattern.CASE_INSENSITIVE);
    // ACM files papers without a registered DOI under this prefix; such "DOIs" do not resolve
    private static final String UNREGISTERED_ACM_PREFIX = "10.5555/";
    private static final Pattern VENUE_GLUED_TO_YEAR = Pattern.compile("([A-Za-z]+)((?:19|20)\\d{2})");

    private LinkNormalizer() {
    }

    /** An absolute http(s) URL, or {@code null} when the text cannot be read as one. */
    static String url(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String url = text.strip();
        if (ABSOLUTE_URL.matcher(url).matches()) {
            return url;
        }
        Matcher hostOnly = HOST_WITHOUT_SCHEME.matcher(url);
        return hostOnly.matches() ? "https://" + hostOnly.group(1) : null;
    }

    /** The DOI a publisher or doi.org link carries, or {@code null}. */
    static String doiIn(String url) {
        if (url == null) {
            return null;
        }
        Matcher doi = DOI_IN_URL.matcher(url);
        if (!doi.find() || doi.group(1).startsWith(UNREGISTERED_ACM_PREFIX)) {
            return null;
        }
        return doi.group(1);
    }

    /**
     * {@code null} for no venue or for "arXiv" (a preprint has no venue); "NeurIPS2025" becomes "NeurIPS 2025";
     * everything else stays as listed.
     */
    static String venue(String text) {
        if (text == null || text.isBlank() || text.strip().toLowerCase(Locale.ROOT).equals("arxiv")) {
            return null;
        }
        Matcher glued = VENUE_GLUED_TO_YEAR.matcher(text.strip());
        return glued.matches() ? glued.group(1) + " " + glued.group(2) : text.strip();
    }
}
