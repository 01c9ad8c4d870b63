package org.livesurvey.ingest.source.bibtex;

import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.livesurvey.ingest.metadata.Months;
import org.livesurvey.ingest.model.PartialDate;

/**
 * The publication date of an entry, as precise as it says: {@code year} with an optional {@code month} (a macro
 * such as {@code jan}, a name or a number), or else biblatex's {@code date} ({@code 2019-05-03}).
 */
final class BibtexDates {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}\\d]+\\.?");

    private BibtexDates() {
    }

    /** {@code null} when the entry gives no year ("n.d.", "forthcoming", no field). */
    static PartialDate published(String year, String month, String date) {
        if (year != null) {
            Matcher m = YEAR.matcher(year);
            return m.find() ? withMonth(Integer.parseInt(m.group(1)), month) : null;
        }
        return date == null ? null : isoDate(date);
    }

    private static PartialDate withMonth(int year, String month) {
        Integer number = null;
        if (month != null) {
            Matcher word = FIRST_WORD.matcher(month);
            number = word.find() ? Months.number(word.group()) : null;
        }
        return new PartialDate(year, number, null);
    }

    private static PartialDate isoDate(String date) {
        Matcher m = ISO_DATE.matcher(date);
        if (!m.find()) {
            return null;
        }
        try {
            return PartialDate.parse(m.group());
        } catch (DateTimeException e) {
            return new PartialDate(Integer.parseInt(m.group(1)), null, null);
        }
    }
}
