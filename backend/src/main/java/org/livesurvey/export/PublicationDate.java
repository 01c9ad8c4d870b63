package org.livesurvey.export;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curated publication date, as precise as it was curated: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 *
 * @param month 1–12, or {@code null} when only the year is known
 * @param day   1–31, or {@code null} when only the year and month are known
 */
record PublicationDate(int year, Integer month, Integer day) {

    private static final Pattern CURATED = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Empty for a missing date or one in another shape (the validator rejects those, but exports must not fail). */
    static Optional<PublicationDate> parse(String published) {
        if (published == null) {
            return Optional.empty();
        }
        Matcher matcher = CURATED.matcher(published.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        Integer month = inRange(matcher.group(2), 12);
        Integer day = month == null ? null : inRange(matcher.group(3), 31);
        return Optional.of(new PublicationDate(year, month, day));
    }

    /** A month or day out of range is dropped, keeping the coarser parts that are right. */
    private static Integer inRange(String digits, int max) {
        if (digits == null) {
            return null;
        }
        int number = Integer.parseInt(digits);
        return number >= 1 && number <= max ? number : null;
    }
}
