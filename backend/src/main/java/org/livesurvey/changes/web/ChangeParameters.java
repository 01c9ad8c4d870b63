package org.livesurvey.changes.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import org.livesurvey.changes.ChangeCursor;
import org.livesurvey.changes.ChangeQuery;
import org.livesurvey.changes.PaperChangeLog;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

/**
 * Reads the parameters of the change list and feed ({@code since}, {@code until}, {@code limit}, {@code cursor}); a
 * malformed one is an {@code invalid-parameter} problem that names it and says what it takes.
 */
final class ChangeParameters {

    static final int DEFAULT_LIMIT = 50;

    /** The years a PostgreSQL timestamp and an ISO date both hold without surprises. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Pattern LIMIT = Pattern.compile("\\d{1,4}");

    private ChangeParameters() {
    }

    /**
     * @param category a category path, or {@code null}
     * @param now      the default {@code since} is a week before it
     */
    static ChangeQuery query(String since, String until, String limit, String cursor, String category,
                             Instant now) {
        Instant from = since(since, now);
        Instant to = until == null ? null : time("until", until);
        if (to != null && !to.isAfter(from)) {
            throw invalid("until", "until must be later than since (" + from + "), not " + to + ".");
        }
        return new ChangeQuery(from, to, category, limit(limit), cursor == null ? null : cursor(cursor));
    }

    /** The time given as {@code since}, or {@link PaperChangeLog#RECENT} before now when none is. */
    static Instant since(String since, Instant now) {
        return since == null ? now.minus(PaperChangeLog.RECENT) : time("since", since);
    }

    /**
     * An ISO-8601 time with an offset ({@code 2025-06-01T08:00:00Z}, {@code 2025-06-01T10:00:00+02:00}) or a day
     * ({@code 2025-06-01}, its start in UTC).
     */
    private static Instant time(String name, String text) {
        // an offset's + arrives as a space when the client did not percent-encode it; a time has no space of its own
        String value = text.strip().replace(' ', '+');
        Instant time = null;
        try {
            time = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException malformed) {
            // answered below, like a time out of range
        }
        if (time == null || time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw invalid(name, name + " must be an ISO-8601 time with an offset, such as 2025-06-01T08:00:00Z, or "
                    + "a date, such as 2025-06-01 (its start in UTC), not '" + ApiProblemException.abbreviated(text)
                    + "'.");
        }
        return time;
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        String digits = text.strip();
        int limit = LIMIT.matcher(digits).matches() ? Integer.parseInt(digits) : 0;
        if (limit < 1 || limit > ChangeQuery.MAX_LIMIT) {
            throw invalid("limit", "limit must be a whole number from 1 to " + ChangeQuery.MAX_LIMIT + ", not '"
                    + ApiProblemException.abbreviated(text) + "'.");
        }
        return limit;
    }

    private static ChangeCursor cursor(String text) {
        return ChangeCursor.decode(text.strip()).orElseThrow(() -> invalid("cursor", "cursor is not one this API "
                + "wrote: pass meta.next_cursor of the previous page as it is, or leave cursor out for the first "
                + "page."));
    }

    private static ApiProblemException invalid(String name, String detail) {
        return ApiProblemException.of(ProblemType.INVALID_PARAMETER, detail, Map.of("parameter", name));
    }
}
