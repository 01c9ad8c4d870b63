package org.livesurvey.paper.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.livesurvey.reproduction.CheckVerdict;
import org.livesurvey.reproduction.RunSummary;
import org.livesurvey.reproduction.Verdict;
import org.livesurvey.results.TestReproductionResults;

class RunHistoryChartTest {

    private static final OffsetDateTime FIRST = OffsetDateTime.parse("2025-06-01T12:00:00Z");

    @Test
    void chartsEachSingleValueClaimAsPercentOfThePapersValueOldestRunFirst() {
        RunHistoryChart chart = RunHistoryChart.of(List.of(
                TestReproductionResults.succeededRun(13, FIRST.plusDays(7), 80.1),
                TestReproductionResults.failedRun(14, FIRST.plusDays(3), "exit code 1"),
                TestReproductionResults.succeededRun(12, FIRST, 89.0))).orElseThrow();

        assertThat(chart.runs()).containsExactly("2025-06-01 12:00", "2025-06-08 12:00");
        assertThat(chart.runIds()).containsExactly(12L, 13L);
        // the range claim has no single value to compare with; no run measured the FLOPs
        assertThat(chart.lines()).extracting(RunHistoryChart.Line::claimId)
                .containsExactly("kept-tokens-low", "token-reduction-low");
        assertThat(chart.json()).isEqualTo("{\"labels\":[\"2025-06-01 12:00\",\"2025-06-08 12:00\"],\"datasets\":["
                + "{\"label\":\"kept-tokens-low\",\"data\":[100.0,90.0]},"
                + "{\"label\":\"token-reduction-low\",\"data\":[84.3,84.3]}]}");
    }

    @Test
    void tableRowsComeNewestFirstWithADashWhereARunDidNotMeasureAClaim() {
        RunSummary older = TestReproductionResults.succeededRun(12, FIRST, 89.0);
        RunSummary withoutKeptTokens = new RunSummary(13, older.reproductionId(), older.status(), older.origin(),
                older.hardware(), older.queuedAt(), older.startedAt(), FIRST.plusDays(7), older.durationS(), 1,
                older.device(), null, older.scale(), Map.of(), older.verdicts().stream()
                .map(v -> v.claimId().equals("kept-tokens-low") ? new CheckVerdict(v.claimId(), v.metric(), v.rule(),
                        v.tolerance(), v.claimedValue(), null, null, v.unit(), null, null, Verdict.INCONCLUSIVE,
                        v.scale()) : v)
                .toList());

        RunHistoryChart chart = RunHistoryChart.of(List.of(withoutKeptTokens, older)).orElseThrow();

        assertThat(chart.rows()).containsExactly(
                new RunHistoryChart.Row("2025-06-08 12:00", 13, List.of("—", "84.3 %")),
                new RunHistoryChart.Row("2025-06-01 12:00", 12, List.of("100 %", "84.3 %")));
    }

    @Test
    void noSuccessfulRunNoChart() {
        assertThat(RunHistoryChart.of(List.of(TestReproductionResults.failedRun(14, FIRST, "timed out")))).isEmpty();
        assertThat(RunHistoryChart.of(List.of())).isEmpty();
    }
}
