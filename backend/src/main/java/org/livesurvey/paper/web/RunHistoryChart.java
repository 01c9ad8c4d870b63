package org.livesurvey.paper.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.livesurvey.reproduction.CheckVerdict;
import org.livesurvey.reproduction.RunStatus;
import org.livesurvey.reproduction.RunSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reproduction's history as the paper page charts it: for each successful run, oldest first, what it measured for
 * each claim stated as one value, as a percentage of that value. 100 is the paper's figure, so claims in tokens,
 * MFLOPs and percent share one axis. Range claims have no single figure, and claims no run measured have no line:
 * both are left out; the claims table shows them. The same numbers are table rows for readers without JavaScript.
 *
 * @param runs  a label per run: when it finished (UTC)
 * @param lines one per claim, a percentage per run ({@code null} where that run did not measure it)
 */
public record RunHistoryChart(List<String> runs, List<Long> runIds, List<Line> lines) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public RunHistoryChart {
        runs = List.copyOf(runs);
        runIds = List.copyOf(runIds);
        lines = List.copyOf(lines);
    }

    /**
     * @param newestFirst the reproduction's runs as its history lists them
     * @return empty when no successful run measured a claim stated as one non-zero value
     */
    static Optional<RunHistoryChart> of(List<RunSummary> newestFirst) {
        List<RunSummary> measured = new ArrayList<>(newestFirst.stream()
                .filter(run -> run.status() == RunStatus.SUCCEEDED && run.finishedAt() != null)
                .toList());
        Collections.reverse(measured);
        Map<String, List<Double>> percentages = new LinkedHashMap<>();
        for (int i = 0; i < measured.size(); i++) {
            for (CheckVerdict verdict : measured.get(i).verdicts()) {
                if (verdict.claimedValue() != null && verdict.claimedValue() != 0) {
                    List<Double> line = percentages.computeIfAbsent(verdict.claimId(),
                            claim -> new ArrayList<>(Collections.nCopies(measured.size(), null)));
                    line.set(i, percentOf(verdict.measured(), verdict.claimedValue()));
                }
            }
        }
        List<Line> lines = percentages.entrySet().stream()
                .filter(claim -> claim.getValue().stream().anyMatch(Objects::nonNull))
                .map(claim -> new Line(claim.getKey(), claim.getValue()))
                .toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RunHistoryChart(measured.stream().map(run -> label(run.finishedAt())).toList(),
                measured.stream().map(RunSummary::id).toList(), lines));
    }

    /** One row per run, newest first as a reader scans a table, with its percentage per claim ({@code —}: none). */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0; i--) {
            int run = i;
            rows.add(new Row(runs.get(i), runIds.get(i), lines.stream()
                    .map(line -> line.percentages().get(run) == null ? "—"
                            : Figures.number(line.percentages().get(run)) + " %")
                    .toList()));
        }
        return rows;
    }

    /** {@code {"labels": [...], "datasets": [{"label", "data"}]}}, what charts.js draws. */
    public String json() {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", runs);
        chart.put("datasets", lines.stream().map(line -> {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", line.claimId());
            dataset.put("data", line.percentages());
            return dataset;
        }).toList());
        return JSON.writeValueAsString(chart);
    }

    private static Double percentOf(Double measured, double claimed) {
        return measured == null ? null : Math.round(measured / claimed * 1000) / 10.0;
    }

    private static String label(OffsetDateTime finishedAt) {
        return LABEL.format(finishedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** A claim's measurements, one per run, as percentages of the paper's value; {@code null} where none. */
    public record Line(String claimId, List<Double> percentages) {

        public Line {
            percentages = Collections.unmodifiableList(new ArrayList<>(percentages));
        }
    }

    /** A table row: a run, and its percentage per line. */
    public record Row(String run, long runId, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
