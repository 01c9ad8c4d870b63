package org.livesurvey.ingest.source.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.livesurvey.ingest.metadata.ArxivIds;

/**
 * An abstract of the corpus's arXiv listings. Those taken from arXiv's RSS feed begin with the feed's header
 * ({@code arXiv:2207.14000v2 Announce Type: replace-cross Abstract: }), which is no part of the abstract but names
 * the version announced.
 *
 * @param announcedVersion the version the header names, or {@code null}
 */
record FeedAbstract(String text, Integer announcedVersion) {

    private static final Pattern HEADER = Pattern.compile(
            "arXiv:(\\S+)\\s+Announce Type:\\s+[\\w-]+\\s+Abstract:\\s*");

    /** @param arxivId the record's arXiv id: a header about another paper names no version of this one */
    static FeedAbstract of(String text, String arxivId) {
        Matcher header = HEADER.matcher(text == null ? "" : text);
        if (!header.lookingAt()) {
            return new FeedAbstract(text, null);
        }
        ArxivIds.Versioned announced = ArxivIds.parse(header.group(1));
        boolean same = announced != null && announced.id().equals(arxivId);
        return new FeedAbstract(text.substring(header.end()), same ? announced.version() : null);
    }
}
