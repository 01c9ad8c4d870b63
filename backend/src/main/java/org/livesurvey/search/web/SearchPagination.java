package org.livesurvey.search.web;

import java.util.ArrayList;
import java.util.List;

import org.livesurvey.search.web.SearchPage.PageLink;
import org.livesurvey.search.web.SearchPage.Pagination;

/** Page links: previous, next, the first and last page, and two pages either side of the current one. */
final class SearchPagination {

    private static final int AROUND = 2;

    private SearchPagination() {
    }

    /** @param deepest the last page that can be served by number, whatever the total */
    static Pagination of(SearchPageState state, long total, int perPage, int deepest) {
        int lastPage = (int) Math.min(deepest, Math.max(1, (total + perPage - 1) / perPage));
        int page = state.page();
        String previous = page > 1 ? state.onPage(Math.min(page - 1, lastPage)).url() : null;
        String next = page < lastPage ? state.onPage(page + 1).url() : null;
        return new Pagination(page, lastPage, previous, next, numbers(state, page, lastPage));
    }

    private static List<PageLink> numbers(SearchPageState state, int page, int lastPage) {
        List<PageLink> links = new ArrayList<>();
        int from = Math.max(1, page - AROUND);
        int to = Math.min(lastPage, page + AROUND);
        if (from > 1) {
            links.add(link(state, 1, page));
            if (from > 2) {
                links.add(new PageLink(null, null, false));
            }
        }
        for (int number = from; number <= to; number++) {
            links.add(link(state, number, page));
        }
        if (to < lastPage) {
            if (to < lastPage - 1) {
                links.add(new PageLink(null, null, false));
            }
            links.add(link(state, lastPage, page));
        }
        return List.copyOf(links);
    }

    private static PageLink link(SearchPageState state, int number, int page) {
        return new PageLink(number, state.onPage(number).url(), number == page);
    }
}
