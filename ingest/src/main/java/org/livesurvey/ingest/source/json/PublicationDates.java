package org.livesurvey.ingest.source.json;

import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.livesurvey.ingest.model.PartialDate;

/** Publication dates as JSON sources give them: a date text, else a year; as precise as the source and no more. */
public final class PublicationDates {

    // a time after the date (2025-04-23T10:00:00Z) says more than the publication date needs
    private static final Pattern DATE = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T.*)?");

    private PublicationDates() {
    }

    /**
     * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or {@code null}
     * @param year the year to fall back on when the date is absent or names no real day, or {@code null}
     */
    public static PartialDate of(String date, Long year) {
        Matcher m = DATE.matcher(date == null ? "" : date.strip());
        if (m.matches()) {
            try {
                return PartialDate.parse(m.group(1));
            } catch (DateTimeException e) {
                // a day that does not exist: the year still holds
            }
        }
        return year == null || year < 1 || year > 9999 ? null : new PartialDate(year.intValue(), null, null);
    }
}
