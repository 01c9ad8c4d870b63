package org.livesurvey.search;

/**
 * A full rebuild of the search index.
 *
 * @param index the physical index the aliases now point at
 */
public record ReindexSummary(String index, int papers, long durationMs) {
}
