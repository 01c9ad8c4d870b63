package org.livesurvey.paper.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTextTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "P7D,     every 7 days",
            "P1D,     every day",
            "P2W,     every 2 weeks",
            "P1M,     every month",
            "PT12H,   every 12 hours",
            "PT30M,   every 30 minutes",
            "P1DT12H, every P1DT12H",
            "null,    on request only"})
    void readsAScheduleInWords(String schedule, String words) {
        assertThat(ScheduleText.of(schedule)).isEqualTo(words);
    }
}
