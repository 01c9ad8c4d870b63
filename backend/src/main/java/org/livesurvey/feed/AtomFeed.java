package org.livesurvey.feed;

import java.time.Instant;
import java.util.List;

/**
 * An Atom 1.0 feed (RFC 4287) as {@link AtomFeedWriter} writes it. URLs are absolute.
 *
 * @param id       a permanent IRI of the feed: its own address
 * @param subtitle {@code null} for none
 * @param pageUrl  the web page that shows the same papers
 * @param updated  when the newest entry changed, or when the feed was made if it has none
 */
public record AtomFeed(String id, String title, String subtitle, String selfUrl, String pageUrl, String siteUrl,
                       Instant updated, List<Entry> entries) {

    public AtomFeed {
        entries = List.copyOf(entries);
    }

    /**
     * A paper in the feed.
     *
     * @param id         the canonical address of the paper's page, which never changes
     * @param relatedUrl where the paper itself is (e.g. arXiv), {@code null} when unknown
     * @param published  when the paper appeared, {@code null} when undated
     * @param updated    when the entry last changed
     * @param summary    the abstract, {@code null} when none is recorded
     */
    public record Entry(String id, String title, String pageUrl, String relatedUrl, List<String> authors,
                        Instant published, Instant updated, String summary, List<Category> categories) {

        public Entry {
            authors = List.copyOf(authors);
            categories = List.copyOf(categories);
        }
    }

    /** A category of an entry: {@code term} is its path, {@code scheme} the address its path is relative to. */
    public record Category(String term, String label, String scheme) {
    }
}
