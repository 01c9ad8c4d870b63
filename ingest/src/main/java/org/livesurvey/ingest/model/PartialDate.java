package org.livesurvey.ingest.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ({@code 2025}, {@code 2025-04}, {@code 2025-04-23}):
 * curated lists often give only a year, arXiv ids give year and month.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day != null && month == null) {
            throw new DateTimeException("a day needs a month");
        }
        // validates month and day ranges, including February 29th
        LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws DateTimeException when the text is not such a date or names a day that does not exist
     */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new DateTimeException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        try {
            return new PartialDate(Integer.parseInt(m.group(1)), month, day);
        } catch (DateTimeException e) {
            throw new DateTimeException("'" + text + "' names a day that does not exist");
        }
    }

    /** The first day the date can stand for, for sorting and range queries. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return earliest().compareTo(other.earliest());
    }

    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
