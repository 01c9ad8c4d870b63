package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RerunScheduleTest {

    private static final Instant FINISHED = Instant.parse("2025-01-31T10:00:00Z");

    @Test
    void readsDaysWeeksMonthsYearsAndTimes() {
        assertThat(RerunSchedule.parse("P7D")).contains(new RerunSchedule(Period.ofDays(7), Duration.ZERO));
        assertThat(RerunSchedule.parse("P2W")).contains(new RerunSchedule(Period.ofDays(14), Duration.ZERO));
        assertThat(RerunSchedule.parse("P1Y2M3D")).contains(new RerunSchedule(Period.of(1, 2, 3), Duration.ZERO));
        assertThat(RerunSchedule.parse("PT12H30M")).contains(new RerunSchedule(Period.ZERO,
                Duration.ofHours(12).plusMinutes(30)));
        assertThat(RerunSchedule.parse("P1DT6H")).contains(new RerunSchedule(Period.ofDays(1), Duration.ofHours(6)));
    }

    @Test
    void noScheduleMeansNone() {
        assertThat(RerunSchedule.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "7D", "P7", "P1DT", "P0D", "PT0S", "P-1D", "P1.5D", "p7d", "P99999999999D"})
    void refusesWhatIsNoPositiveIsoDuration(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> RerunSchedule.parse(text));
    }

    @Test
    void aMonthIsACalendarMonth() {
        RerunSchedule monthly = RerunSchedule.parse("P1M").orElseThrow();

        assertThat(monthly.nextAfter(FINISHED)).isEqualTo(Instant.parse("2025-02-28T10:00:00Z"));
    }

    @Test
    void aResultIsStaleOnceItsScheduleHasPassed() {
        RerunSchedule weekly = RerunSchedule.parse("P7D").orElseThrow();

        assertThat(weekly.isStale(FINISHED, FINISHED.plus(Duration.ofDays(7)).minusSeconds(1))).isFalse();
        assertThat(weekly.isStale(FINISHED, FINISHED.plus(Duration.ofDays(7)))).isTrue();
    }

    @Test
    void aScheduledReproductionThatNeverRanIsDueAtOnce() {
        assertThat(RerunSchedule.isDue(RerunSchedule.parse("P30D"), null, false, FINISHED)).isTrue();
    }

    @Test
    void nothingIsDueWhileARunIsQueuedOrRunning() {
        assertThat(RerunSchedule.isDue(RerunSchedule.parse("P7D"), null, true, FINISHED)).isFalse();
        assertThat(RerunSchedule.isDue(RerunSchedule.parse("PT1S"), FINISHED, true, FINISHED.plusSeconds(3600)))
                .isFalse();
    }

    @Test
    void aReRunIsDueWhenTheLatestFinishedRunIsOlderThanTheSchedule() {
        Optional<RerunSchedule> weekly = RerunSchedule.parse("P7D");

        assertThat(RerunSchedule.isDue(weekly, FINISHED, false, FINISHED.plus(Duration.ofDays(6)))).isFalse();
        assertThat(RerunSchedule.isDue(weekly, FINISHED, false, FINISHED.plus(Duration.ofDays(8)))).isTrue();
    }

    @Test
    void withoutAScheduleNothingRunsByItself() {
        assertThat(RerunSchedule.isDue(Optional.empty(), null, false, FINISHED)).isFalse();
        assertThat(RerunSchedule.isDue(Optional.empty(), FINISHED, false, FINISHED.plus(Duration.ofDays(3650))))
                .isFalse();
    }
}
