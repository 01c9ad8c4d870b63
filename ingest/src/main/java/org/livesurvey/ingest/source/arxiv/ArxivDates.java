package org.livesurvey.ingest.source.arxiv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.livesurvey.ingest.model.PartialDate;

/**
 * The date forms of arXiv's interfaces: ISO date-times in the API ({@code 2017-07-27T08:18:33Z}), ISO dates in OAI
 * {@code arXiv} records ({@code 2011-01-23}) and RFC 1123 dates in {@code arXivRaw} versions
 * ({@code Tue, 3 Apr 2007 22:04:11 GMT}). A time of day becomes the day it falls on in UTC, the zone arXiv dates
 * its versions in.
 */
final class ArxivDates {

    private ArxivDates() {
    }

    /** @throws DateTimeException for text in none of these forms, or a day that does not exist */
    static PartialDate parse(String text) {
        String date = text.strip();
        try {
            return isIso(date) ? fromIso(date) : fromRfc1123(date);
        } catch (DateTimeException e) {
            throw new DateTimeException("'" + date + "' is not a date (ISO 8601 or RFC 1123)", e);
        }
    }

    private static boolean isIso(String date) {
        return date.length() >= 4 && Character.isDigit(date.charAt(0)) && Character.isDigit(date.charAt(3));
    }

    private static PartialDate fromIso(String date) {
        if (date.indexOf('T') < 0) {
            return PartialDate.parse(date);
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(date, OffsetDateTime::from,
                LocalDateTime::from);
        LocalDate day = parsed instanceof OffsetDateTime withOffset
                ? withOffset.atZoneSameInstant(ZoneOffset.UTC).toLocalDate()
                : ((LocalDateTime) parsed).toLocalDate();
        return dayOf(day);
    }

    private static PartialDate fromRfc1123(String date) {
        ZonedDateTime parsed = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
        return dayOf(parsed.withZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    }

    private static PartialDate dayOf(LocalDate day) {
        return new PartialDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
