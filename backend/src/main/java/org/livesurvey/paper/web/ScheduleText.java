package org.livesurvey.paper.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reproduction's re-run schedule in words: {@code P7D} reads "every 7 days". */
final class ScheduleText {

    /** The forms specs use: one number and one unit. Anything else is shown as written. */
    private static final Pattern SIMPLE = Pattern.compile("P(?:(\\d+)([YMWD])|T(\\d+)([HMS]))");
    private static final Map<String, String> DATE_UNITS = Map.of("Y", "year", "M", "month", "W", "week", "D", "day");
    private static final Map<String, String> TIME_UNITS = Map.of("H", "hour", "M", "minute", "S", "second");

    private ScheduleText() {
    }

    /** @param schedule an ISO-8601 duration; {@code null} when the reproduction runs only on request */
    static String of(String schedule) {
        if (schedule == null) {
            return "on request only";
        }
        Matcher matcher = SIMPLE.matcher(schedule);
        if (!matcher.matches()) {
            return "every " + schedule;
        }
        boolean date = matcher.group(1) != null;
        String count = date ? matcher.group(1) : matcher.group(3);
        String unit = date ? DATE_UNITS.get(matcher.group(2)) : TIME_UNITS.get(matcher.group(4));
        return count.equals("1") ? "every " + unit : "every " + count + " " + unit + "s";
    }
}
