package org.livesurvey.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.livesurvey.feed.AtomFeed.Category;
import org.livesurvey.feed.AtomFeed.Entry;
import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.PaperSummary;
import org.livesurvey.taxonomy.CategoryNode;
import org.livesurvey.taxonomy.CategoryTreeService;

import org.springframework.stereotype.Service;

/**
 * Atom feeds of papers, newest first: per category node (its subtree included, straight from the database, so it
 * works while search is down) and for any list of papers a search found. Addresses are made absolute with the site's
 * public base, which the caller knows from the request.
 */
@Service
public class PaperFeedService {

    /** As many entries as a reader shows at once; older papers are on the pages the feed links to. */
    public static final int ENTRIES = 50;

    private final PaperService papers;
    private final CategoryTreeService categories;

    PaperFeedService(PaperService papers, CategoryTreeService categories) {
        this.papers = papers;
        this.categories = categories;
    }

    /**
     * @param siteUrl the site's public base, without a trailing slash
     * @throws org.livesurvey.taxonomy.CategoryNotFoundException when the tree has no such node
     */
    public AtomFeed categoryFeed(String path, String siteUrl) {
        List<CategoryNode> trail = categories.tree().trailTo(path);
        CategoryNode node = trail.get(trail.size() - 1);
        List<String> ids = papers.inCategory(path, 0, ENTRIES).getContent().stream().map(PaperSummary::id).toList();
        String pageUrl = siteUrl + "/categories/" + path;
        return feed(pageUrl + "/feed.atom", "LiveSurvey: " + node.name(), node.description(), pageUrl, siteUrl,
                details(ids));
    }

    /**
     * @param paperIds the papers, newest first, as a search found them; ids the database no longer has are left out
     */
    public AtomFeed listFeed(String title, String selfUrl, String pageUrl, String siteUrl, List<String> paperIds) {
        return feed(selfUrl, title, null, pageUrl, siteUrl, details(paperIds));
    }

    /** The search index may briefly know a paper that a sync has just removed: such ids are left out. */
    private List<PaperDetails> details(List<String> ids) {
        return papers.details(ids.stream().limit(ENTRIES).toList());
    }

    private static AtomFeed feed(String selfUrl, String title, String subtitle, String pageUrl, String siteUrl,
                                 List<PaperDetails> papers) {
        Instant now = Instant.now();
        List<Entry> entries = papers.stream().map(paper -> entry(paper, siteUrl, now)).toList();
        Instant updated = entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(now);
        return new AtomFeed(selfUrl, title, subtitle, selfUrl, pageUrl, siteUrl, updated, entries);
    }

    /** Updated is when LiveSurvey last changed the entry, else when the paper appeared. */
    static Entry entry(PaperDetails paper, String siteUrl, Instant fallback) {
        String pageUrl = siteUrl + "/papers/" + paper.id();
        Instant published = firstDay(paper.published());
        Instant updated = paper.changedAt() != null ? paper.changedAt().toInstant()
                : Objects.requireNonNullElse(published, fallback);
        List<Category> categories = paper.categories().stream()
                .map(category -> new Category(category.path(), category.name(), siteUrl + "/categories/"))
                .toList();
        return new Entry(pageUrl, paper.title(), pageUrl, paper.links().paper(), paper.authors(), published, updated,
                paper.abstractText(), categories);
    }

    /** {@code 2025}, {@code 2025-04} or {@code 2025-04-23} as the first instant it can mean; {@code null} if none. */
    static Instant firstDay(String published) {
        if (published == null) {
            return null;
        }
        String day = switch (published.length()) {
            case 4 -> published + "-01-01";
            case 7 -> published + "-01";
            default -> published;
        };
        try {
            return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
