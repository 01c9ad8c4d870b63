package org.livesurvey.paper;

import java.util.List;

/**
 * Papers per quarter of publication, one series per group of papers (a branch, or one category node), for charts and
 * their tables. Only papers dated at least to the month have a quarter.
 *
 * @param quarters labels such as {@code 2025 Q2}, oldest first, without gaps
 * @param series   in the order asked for
 * @param undated  papers in scope dated only to the year, or not at all: in no quarter
 */
public record QuarterlyCounts(List<String> quarters, List<Series> series, long undated) {

    public QuarterlyCounts {
        quarters = List.copyOf(quarters);
        series = List.copyOf(series);
    }

    public boolean isEmpty() {
        return quarters.isEmpty();
    }

    /**
     * @param key     what the series counts, e.g. a category path
     * @param counts  one per quarter
     * @param earlier papers of the series published before the first quarter shown
     */
    public record Series(String key, List<Long> counts, long earlier) {

        public Series {
            counts = List.copyOf(counts);
        }
    }
}
