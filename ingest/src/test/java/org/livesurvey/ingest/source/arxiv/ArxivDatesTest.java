package org.livesurvey.ingest.source.arxiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livesurvey.ingest.model.PartialDate;

class ArxivDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mon, 2 Apr 2007 19:18:42 GMT   | 2007-04-02
            Tue, 3 Apr 2007 22:04:11 GMT   | 2007-04-03
            Fri, 14 Nov 2008 09:07:25 GMT  | 2008-11-14
            Thu, 29 Feb 2024 23:59:59 GMT  | 2024-02-29
            Fri, 1 Mar 2024 01:00:00 +0200 | 2024-02-29
            """)
    void readsTheRfc1123DatesOfArxivRawVersionsAsTheirDayInUtc(String text, String day) {
        assertThat(ArxivDates.parse(text)).isEqualTo(PartialDate.parse(day));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2017-07-27T08:18:33Z      | 2017-07-27
            2006-01-02T14:57:58Z      | 2006-01-02
            2025-04-23T23:30:00-02:00 | 2025-04-24
            2025-04-23T08:18:33       | 2025-04-23
            2011-01-23                | 2011-01-23
            2011-01                   | 2011-01
            """)
    void readsIsoDatesOfTheApiAndOfOaiArxivRecords(String text, String day) {
        assertThat(ArxivDates.parse(text)).isEqualTo(PartialDate.parse(day));
    }

    @Test
    void keepsADateWithoutDayPartial() {
        assertThat(ArxivDates.parse("2011-01").day()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            yesterday
            2007-02-30T10:00:00Z
            Mon, 3 Apr 2007 22:04:11 GMT
            Tue, 31 Apr 2007 22:04:11 GMT
            3 Apr 2007
            """)
    void refusesWhatIsNotADate(String text) {
        assertThatThrownBy(() -> ArxivDates.parse(text))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("'" + text + "' is not a date (ISO 8601 or RFC 1123)");
    }
}
