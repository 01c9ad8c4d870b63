package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2025-04-23 | 2025 | 4  | 23",
            "2025-04    | 2025 | 4  | -",
            "2025       | 2025 | -  | -",
            "2025-13-01 | 2025 | -  | -",
            "2025-00    | 2025 | -  | -",
            "2025-02-32 | 2025 | 2  | -"})
    void keepsTheDateAsPreciseAsItWasCuratedAndValid(String published, int year, Integer month, Integer day) {
        assertThat(PublicationDate.parse(published)).contains(new PublicationDate(year, month, day));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "April 2025", "25-04-23", "2025/04/23"})
    void anythingElseIsNoDate(String published) {
        assertThat(PublicationDate.parse(published)).isEmpty();
    }
}
