package org.livesurvey.search.web;

import java.util.List;

import org.livesurvey.search.web.MarkedText.Segment;

/**
 * Everything the search page's results region shows, ready for the template: no lookups or decisions are left to it.
 * Public, with the state, for the template engine, which calls only public methods.
 *
 * @param state   the search as its URL says it
 * @param status  one sentence on what was found, e.g. "1,234 papers match, showing 21–40."
 * @param total   how many papers match in all
 * @param first   the 1-based number of the first result shown
 * @param applied     the filters in force, each with the URL of the search without it
 * @param exports     the result set in each citation format
 * @param exportLimit how many papers an export holds at most
 */
public record SearchPage(SearchPageState state, String status, long total, int first, List<Result> results, List<FacetGroup> facets,
                         List<AppliedFilter> applied, String clearFiltersUrl, List<Choice> sorts,
                         Pagination pagination, List<Choice> exports, int exportLimit) {

    /**
     * One paper in the list.
     *
     * @param title    the title, matches marked
     * @param details  the first authors ("et al." when there are more), the date and the venue, as far as known
     * @param snippets passages of the abstract that matched, matches marked
     */
    public record Result(String id, List<Segment> title, String details, List<Choice> categories,
                         List<List<Segment>> snippets) {
    }

    /**
     * A facet: its most useful options, and the rest behind a "more" toggle.
     *
     * @param moreOpen whether the rest start open (one of them is selected)
     */
    public record FacetGroup(String key, String label, List<FacetOption> options, List<FacetOption> more,
                             boolean moreOpen) {
    }

    /**
     * A value of a facet as a link that selects it, or removes it when it is selected.
     *
     * @param id       the same in every state, so that htmx gives the focus back to the link after a swap
     * @param children the sections below a category, in the tree's order
     * @param open     whether its children start open (it or one of them is selected)
     */
    public record FacetOption(String id, String label, long count, boolean selected, String url,
                              List<FacetOption> children, boolean open) {
    }

    /** A filter in force, e.g. "Year: 2025", and the search without it. */
    public record AppliedFilter(String label, boolean excluded, String removeUrl) {
    }

    /** A link among alternatives (an order, an export format, a category); {@code current} for the one shown. */
    public record Choice(String label, String url, boolean current) {
    }

    /**
     * Links to the neighbouring pages and a window of page numbers around this one.
     *
     * @param pages numbers with their links; a {@code null} number stands for a gap
     */
    public record Pagination(int page, int lastPage, String previousUrl, String nextUrl, List<PageLink> pages) {

        public boolean isNeeded() {
            return lastPage > 1;
        }
    }

    public record PageLink(Integer number, String url, boolean current) {
    }
}
