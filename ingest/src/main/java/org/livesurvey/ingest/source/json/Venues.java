package org.livesurvey.ingest.source.json;

import java.util.Locale;

/** Venues as sources name them, except a preprint server, which is where a paper waits for a venue. */
public final class Venues {

    private Venues() {
    }

    /**
     * The venue as given, or {@code null} when it names arXiv ({@code arXiv}, {@code ArXiv}, {@code arXiv.org},
     * {@code arXiv (Cornell University)}): an arXiv preprint has no venue, whichever source describes it.
     */
    public static String unlessArxiv(String venue) {
        if (venue == null || venue.strip().toLowerCase(Locale.ROOT).startsWith("arxiv")) {
            return null;
        }
        return venue;
    }
}
