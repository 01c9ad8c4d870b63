package org.livesurvey.changes.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.livesurvey.changes.ChangePage;
import org.livesurvey.changes.PaperChange;
import org.livesurvey.feed.AtomFeed;
import org.livesurvey.feed.AtomFeed.Category;
import org.livesurvey.feed.AtomFeed.Entry;

/**
 * The Atom feed of changes: one entry per change (a paper changed twice is two entries), newest first. An entry's id
 * is the change's anchor on the {@code /changes} page, so that each change is news once; it links to the paper's
 * page, or for a removed paper to that anchor.
 */
final class ChangesFeed {

    private ChangesFeed() {
    }

    /**
     * @param selfUrl       the feed's own address, which is its id
     * @param categoryNames display names by category path
     * @param now           the feed's time of change when it has no entries
     */
    static AtomFeed of(String title, String selfUrl, String siteUrl, ChangePage page,
                       Map<String, String> categoryNames, Instant now) {
        Instant updated = page.latest() == null ? now : page.latest().toInstant();
        return new AtomFeed(selfUrl, title, "Papers added to, changed in, renamed in or removed from the survey.",
                selfUrl, siteUrl + ChangesPageController.PATH, siteUrl, updated,
                page.changes().stream().map(change -> entry(change, siteUrl, categoryNames)).toList());
    }

    private static Entry entry(PaperChange change, String siteUrl, Map<String, String> categoryNames) {
        String anchor = siteUrl + ChangesPageController.PATH + "#" + ChangesPageController.anchor(change);
        String pageUrl = change.present() ? siteUrl + "/papers/" + change.paperId() : anchor;
        return new Entry(anchor, ChangeText.verb(change.kind()) + ": " + change.title(), pageUrl, null,
                List.of(), null, change.changedAt().toInstant(), ChangeText.summary(change),
                change.categories().stream().map(path -> new Category(path,
                        Objects.requireNonNullElse(categoryNames.get(path), path), siteUrl + "/categories/"))
                        .toList());
    }
}
