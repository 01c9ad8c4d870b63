package org.livesurvey.taxonomy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.paper.QuarterlyCounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * A papers-per-quarter chart as a page shows it: the data for Chart.js as JSON in a {@code data-chart} attribute,
 * and the same numbers as table rows for readers without JavaScript or a screen.
 *
 * @param lines   one per series, named for people
 * @param undated papers in no quarter (dated only to the year, or not at all)
 */
public record TimelineChart(String type, List<String> quarters, List<Line> lines, long undated) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public TimelineChart {
        quarters = List.copyOf(quarters);
        lines = List.copyOf(lines);
    }

    /**
     * @param names display names by series key; a key without one shows as itself
     * @param type  Chart.js chart type: {@code line} compares series, {@code bar} suits a single one
     */
    static TimelineChart of(QuarterlyCounts counts, Map<String, String> names, String type) {
        List<Line> lines = counts.series().stream()
                .map(series -> new Line(names.getOrDefault(series.key(), series.key()), series.counts(),
                        series.earlier()))
                .toList();
        return new TimelineChart(type, counts.quarters(), lines, counts.undated());
    }

    public boolean isEmpty() {
        return quarters.isEmpty();
    }

    /** Whether some papers predate the first quarter shown: the table then has a row for them. */
    public boolean hasEarlier() {
        return lines.stream().anyMatch(line -> line.earlier() > 0);
    }

    /** One row per quarter, newest first as a reader scans a table, with one count per line. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = quarters.size() - 1; i >= 0; i--) {
            int quarter = i;
            rows.add(new Row(quarters.get(i), lines.stream().map(line -> line.counts().get(quarter)).toList()));
        }
        return rows;
    }

    /** {@code {"type":..., "labels":[...], "datasets":[{"label":..., "data":[...]}]}}, what charts.js draws. */
    public String json() {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", type);
        chart.put("labels", quarters);
        chart.put("datasets", lines.stream().map(line -> Map.of("label", line.name(), "data", line.counts())).toList());
        return JSON.writeValueAsString(chart);
    }

    /** A series of counts, one per quarter, and how many papers came before the first quarter. */
    public record Line(String name, List<Long> counts, long earlier) {

        public Line {
            counts = List.copyOf(counts);
        }
    }

    /** A table row: a quarter and its count per line. */
    public record Row(String quarter, List<Long> counts) {

        public Row {
            counts = List.copyOf(counts);
        }
    }
}
