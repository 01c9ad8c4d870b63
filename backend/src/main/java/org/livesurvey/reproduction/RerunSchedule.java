package org.livesurvey.reproduction;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a reproduction is re-run: an ISO-8601 duration such as {@code P7D}, {@code P1M} or {@code PT12H}. Months
 * and years are calendar months and years (in UTC), which neither {@link Duration} nor {@link Period} covers alone.
 */
record RerunSchedule(Period period, Duration time) {

    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    /**
     * @return empty for {@code null}: the reproduction runs only on request
     * @throws IllegalArgumentException when the text is not an ISO-8601 duration longer than zero
     */
    static Optional<RerunSchedule> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = ISO_DURATION.matcher(text);
        if (!matcher.matches() || text.equals("P") || text.endsWith("T")) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration such as P7D or PT12H");
        }
        try {
            Period period = Period.of(number(matcher, 1), number(matcher, 2),
                    Math.addExact(Math.multiplyExact(number(matcher, 3), 7), number(matcher, 4)));
            Duration time = Duration.ofHours(number(matcher, 5)).plusMinutes(number(matcher, 6))
                    .plusSeconds(number(matcher, 7));
            if (period.isZero() && time.isZero()) {
                throw new IllegalArgumentException("the schedule '" + text + "' is zero: it would re-run without end");
            }
            return Optional.of(new RerunSchedule(period, time));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("the schedule '" + text + "' is too long", e);
        }
    }

    /** When a run that finished at {@code finished} is due to be repeated. */
    Instant nextAfter(Instant finished) {
        return finished.atOffset(ZoneOffset.UTC).plus(period).plus(time).toInstant();
    }

    /** Whether a result of that time is older than this schedule allows: the API calls it stale. */
    boolean isStale(Instant finished, Instant now) {
        return !now.isBefore(nextAfter(finished));
    }

    /**
     * Whether the scheduler should enqueue a run now: never while one is queued or running, never without a schedule
     * (such a reproduction runs on request only, as CONTRIBUTING.md tells contributors); otherwise at once when it
     * has no finished run, and when its latest finished run (however it ended) is older than the schedule.
     *
     * @param latestFinished when its latest finished run ended; {@code null} when it has none
     */
    static boolean isDue(Optional<RerunSchedule> schedule, Instant latestFinished, boolean pending, Instant now) {
        if (pending || schedule.isEmpty()) {
            return false;
        }
        return latestFinished == null || schedule.get().isStale(latestFinished, now);
    }

    private static int number(Matcher matcher, int group) {
        String digits = matcher.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
