package org.livesurvey.ingest.metadata;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.livesurvey.ingest.model.Links;

/**
 * The landing page and PDF of a record from the URLs a source gives: the source's own landing page first, else the
 * arXiv abstract page, else the DOI's resolver URL. An arXiv URL (abstract or PDF) counts as the arXiv id it names, so
 * the same paper gets the same landing page from every format.
 */
public final class PaperLinks {

    private static final Pattern PDF_PATH = Pattern.compile("(?i)(\\.pdf$|/pdf/)");

    private PaperLinks() {
    }

    /**
     * @param urls    URLs in the order the source gives them; blank ones are skipped
     * @param arxivId the record's arXiv id, or {@code null}
     * @param doi     the record's bare DOI, or {@code null}
     */
    public static Links of(List<String> urls, String arxivId, String doi) {
        String paper = null;
        String pdf = null;
        for (String url : urls) {
            String clean = Texts.orNull(url);
            if (clean == null) {
                continue;
            }
            if (looksLikePdf(clean)) {
                pdf = pdf == null ? clean : pdf;
            } else if (paper == null && !isArxiv(clean)) {
                paper = clean;
            }
        }
        if (paper == null && arxivId != null) {
            paper = "https://arxiv.org/abs/" + arxivId;
        }
        if (paper == null && doi != null) {
            paper = "https://doi.org/" + doi;
        }
        return new Links(paper, pdf, null, null);
    }

    /** A URL whose path ends in {@code .pdf} or has a {@code /pdf/} segment, as arXiv and publishers write them. */
    public static boolean looksLikePdf(String url) {
        return PDF_PATH.matcher(withoutQuery(url)).find();
    }

    private static boolean isArxiv(String url) {
        return url.toLowerCase(Locale.ROOT).matches("^(https?://)?(www\\.|export\\.)?arxiv\\.org/.*");
    }

    private static String withoutQuery(String url) {
        int cut = url.length();
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query >= 0) {
            cut = query;
        }
        if (fragment >= 0 && fragment < cut) {
            cut = fragment;
        }
        return url.substring(0, cut);
    }
}
