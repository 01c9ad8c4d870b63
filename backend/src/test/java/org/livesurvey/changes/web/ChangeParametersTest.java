package org.livesurvey.changes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livesurvey.changes.ChangeCursor;
import org.livesurvey.changes.ChangeQuery;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

class ChangeParametersTest {

    private static final Instant NOW = Instant.parse("2025-06-08T12:00:00Z");

    @Test
    void withoutParametersListsTheLastWeekFiftyAtATime() {
        assertThat(ChangeParameters.query(null, null, null, null, null, NOW))
                .isEqualTo(new ChangeQuery(Instant.parse("2025-06-01T12:00:00Z"), null, null, 50, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-06-01T08:00:00Z       | 2025-06-01T08:00:00Z",
            "2025-06-01T10:00:00+02:00  | 2025-06-01T08:00:00Z",
            // the + of an offset that was not percent-encoded arrives as a space
            "2025-06-01T10:00:00 02:00  | 2025-06-01T08:00:00Z",
            "2025-06-01T08:00:00.5Z     | 2025-06-01T08:00:00.500Z",
            "2025-06-01                 | 2025-06-01T00:00:00Z"})
    void takesAnIsoTimeWithAnOffsetOrADay(String since, String meant) {
        assertThat(ChangeParameters.query(since, null, null, null, null, NOW).since()).isEqualTo(Instant.parse(meant));
    }

    @Test
    void takesTheRestAsGiven() {
        ChangeCursor cursor = new ChangeCursor(OffsetDateTime.parse("2025-06-02T09:30:00Z"), 12);

        assertThat(ChangeParameters.query("2025-06-01", "2025-06-03", " 200 ", cursor.encode(),
                "efficiency/token-compression", NOW)).isEqualTo(new ChangeQuery(Instant.parse("2025-06-01T00:00:00Z"),
                Instant.parse("2025-06-03T00:00:00Z"), "efficiency/token-compression", 200, cursor));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "yesterday            | since must be an ISO-8601 time with an offset, such as 2025-06-01T08:00:00Z, or a "
                    + "date, such as 2025-06-01 (its start in UTC), not 'yesterday'.",
            "2025-06-01T08:00:00  | since must be an ISO-8601 time with an offset, such as 2025-06-01T08:00:00Z, or a "
                    + "date, such as 2025-06-01 (its start in UTC), not '2025-06-01T08:00:00'.",
            "2025-13-01           | since must be an ISO-8601 time with an offset, such as 2025-06-01T08:00:00Z, or a "
                    + "date, such as 2025-06-01 (its start in UTC), not '2025-13-01'.",
            // beyond what the database's timestamps hold
            "+100000-01-01T00:00:00Z | since must be an ISO-8601 time with an offset, such as 2025-06-01T08:00:00Z, "
                    + "or a date, such as 2025-06-01 (its start in UTC), not '+100000-01-01T00:00:00Z'."})
    void refusesASinceThatIsNoTimeNamingTheParameter(String since, String detail) {
        assertThatThrownBy(() -> ChangeParameters.query(since, null, null, null, null, NOW))
                .isInstanceOfSatisfying(ApiProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
                    assertThat(problem.detail()).isEqualTo(detail);
                    assertThat(problem.members()).containsEntry("parameter", "since");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-06-01 | 2025-06-01 |     |      | until | until must be later than since (2025-06-01T00:00:00Z), "
                    + "not 2025-06-01T00:00:00Z.",
            "           | soon       |     |      | until | until must be an ISO-8601 time with an offset, such as "
                    + "2025-06-01T08:00:00Z, or a date, such as 2025-06-01 (its start in UTC), not 'soon'.",
            "           |            | 0   |      | limit | limit must be a whole number from 1 to 200, not '0'.",
            "           |            | 201 |      | limit | limit must be a whole number from 1 to 200, not '201'.",
            "           |            | ten |      | limit | limit must be a whole number from 1 to 200, not 'ten'.",
            "           |            |     | eC8x | cursor | cursor is not one this API wrote: pass "
                    + "meta.next_cursor of the previous page as it is, or leave cursor out for the first page."})
    void refusesOtherMalformedParametersNamingEach(String since, String until, String limit, String cursor,
                                                   String parameter, String detail) {
        assertThatThrownBy(() -> ChangeParameters.query(since, until, limit, cursor, null, NOW))
                .isInstanceOfSatisfying(ApiProblemException.class, problem -> {
                    assertThat(problem.detail()).isEqualTo(detail);
                    assertThat(problem.members()).containsEntry("parameter", parameter);
                });
    }
}
