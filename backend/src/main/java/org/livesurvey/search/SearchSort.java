package org.livesurvey.search;

/** The orders a result list can come in; ties are always broken by paper id so that pages are stable. */
public enum SearchSort {
    RELEVANCE, NEWEST, OLDEST
}
