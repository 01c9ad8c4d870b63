package org.livesurvey.search.web;

import org.livesurvey.search.PaperSearchRequest;

/**
 * A search as the API was asked for it.
 *
 * @param cursorPaging whether the client pages with {@code cursor=} (then {@code meta.page} is {@code null})
 */
record SearchQuery(PaperSearchRequest request, boolean cursorPaging) {
}
