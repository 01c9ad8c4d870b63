package org.livesurvey.paper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.paper.QuarterlyCounts.Series;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many papers appeared per quarter. A paper dated only to the year has no quarter (putting it in the first one
 * would make every January look busy), so it is counted as undated.
 */
@Service
@Transactional(readOnly = true)
public class PaperTimeline {

    /** The quarter as a number that counts up without gaps: year * 4 + quarter - 1. */
    private static final String QUARTER_INDEX = "(extract(year from p.published_on)::int * 4"
            + " + extract(quarter from p.published_on)::int - 1)";
    private static final String HAS_MONTH = "length(p.published) >= 7";

    private final JdbcClient jdbc;

    PaperTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Papers per branch (a paper filed in two branches counts in both, once in each).
     *
     * @param branches    the branch paths, in the order the series should have
     * @param maxQuarters the most recent quarters to show, ending with the latest quarter that has a paper
     */
    public QuarterlyCounts perBranch(List<String> branches, int maxQuarters) {
        List<QuarterCount> counts = jdbc.sql("select split_part(pc.category_path, '/', 1) as series, " + QUARTER_INDEX
                        + " as quarter, count(distinct p.id) as papers"
                        + " from paper p join paper_category pc on pc.paper_id = p.id"
                        + " where " + HAS_MONTH + " group by 1, 2")
                .query(QuarterCount.class).list();
        long undated = jdbc.sql("select count(*) from paper p where p.published is null or not " + HAS_MONTH)
                .query(Long.class).single();
        return assemble(branches, counts, undated, maxQuarters);
    }

    /** Papers filed under the node or below it, each once. */
    public QuarterlyCounts inCategory(String path, int maxQuarters) {
        String inNode = " from paper p where exists (select 1 from paper_category pc where pc.paper_id = p.id"
                + " and (pc.category_path = :path or starts_with(pc.category_path, :descendants)))";
        List<QuarterCount> counts = jdbc.sql("select :path as series, " + QUARTER_INDEX + " as quarter,"
                        + " count(*) as papers" + inNode + " and " + HAS_MONTH + " group by 2")
                .param("path", path).param("descendants", path + "/")
                .query(QuarterCount.class).list();
        long undated = jdbc.sql("select count(*)" + inNode + " and (p.published is null or not " + HAS_MONTH + ")")
                .param("path", path).param("descendants", path + "/")
                .query(Long.class).single();
        return assemble(List.of(path), counts, undated, maxQuarters);
    }

    private static QuarterlyCounts assemble(List<String> seriesKeys, List<QuarterCount> counts, long undated,
                                            int maxQuarters) {
        if (counts.isEmpty()) {
            return new QuarterlyCounts(List.of(), seriesKeys.stream().map(key -> new Series(key, List.of(), 0))
                    .toList(), undated);
        }
        int last = counts.stream().mapToInt(QuarterCount::quarter).max().orElseThrow();
        int first = Math.max(counts.stream().mapToInt(QuarterCount::quarter).min().orElseThrow(),
                last - maxQuarters + 1);
        Map<String, long[]> perQuarter = new HashMap<>();
        Map<String, Long> earlier = new HashMap<>();
        for (QuarterCount count : counts) {
            if (count.quarter() < first) {
                earlier.merge(count.series(), count.papers(), Long::sum);
            } else {
                perQuarter.computeIfAbsent(count.series(), key -> new long[last - first + 1])
                        [count.quarter() - first] = count.papers();
            }
        }
        List<String> labels = new ArrayList<>();
        for (int quarter = first; quarter <= last; quarter++) {
            labels.add(Math.floorDiv(quarter, 4) + " Q" + (Math.floorMod(quarter, 4) + 1));
        }
        List<Series> series = seriesKeys.stream()
                .map(key -> new Series(key, toList(perQuarter.getOrDefault(key, new long[last - first + 1])),
                        earlier.getOrDefault(key, 0L)))
                .toList();
        return new QuarterlyCounts(labels, series, undated);
    }

    private static List<Long> toList(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return list;
    }

    /** One row of the count queries. */
    record QuarterCount(String series, int quarter, long papers) {
    }
}
