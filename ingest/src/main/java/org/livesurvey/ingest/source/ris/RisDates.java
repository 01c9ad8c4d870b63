package org.livesurvey.ingest.source.ris;

import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.livesurvey.ingest.metadata.Months;
import org.livesurvey.ingest.model.PartialDate;

/**
 * Dates as RIS ({@code 2019///}, {@code 2019/05/03/}) and Web of Science ({@code PY 2004} with {@code PD JUN 8})
 * give them.
 */
final class RisDates {

    private static final Pattern RIS_DATE = Pattern.compile("^\\s*(\\d{4})(?:[/-](\\d{1,2})?(?:[/-](\\d{1,2})?)?)?");
    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})");
    private static final Pattern DAY = Pattern.compile("^\\d{1,2}$");

    private RisDates() {
    }

    /**
     * The most precise of the dates whose year agrees with the first one: {@code PY  - 2019} with
     * {@code DA  - 2019/05/03} is 3 May 2019.
     */
    static PartialDate mostPrecise(String... texts) {
        PartialDate best = null;
        for (String text : texts) {
            PartialDate date = ris(text);
            if (date != null && (best == null || (date.year() == best.year() && precision(date) > precision(best)))) {
                best = date;
            }
        }
        return best;
    }

    /** {@code PY 2004} with {@code PD JUN 8} (or {@code JUN}, {@code JUN-JUL}, {@code SPR}). */
    static PartialDate webOfScience(String year, String publicationDate) {
        Matcher y = YEAR.matcher(year == null ? "" : year);
        if (!y.find()) {
            return null;
        }
        Integer month = null;
        Integer day = null;
        if (publicationDate != null) {
            String[] words = publicationDate.strip().split("[\\s-]+");
            month = Months.number(words[0]);
            if (month != null && words.length > 1 && DAY.matcher(words[1]).matches()) {
                day = Integer.valueOf(words[1]);
            }
        }
        return date(Integer.parseInt(y.group(1)), month, day);
    }

    private static PartialDate ris(String text) {
        Matcher m = RIS_DATE.matcher(text == null ? "" : text);
        if (!m.find()) {
            return null;
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = month == null || m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return date(Integer.parseInt(m.group(1)), month, day);
    }

    /** The date, or as much of it as exists: a day or month out of range is dropped. */
    private static PartialDate date(int year, Integer month, Integer day) {
        try {
            return new PartialDate(year, month, day);
        } catch (DateTimeException e) {
            try {
                return new PartialDate(year, month, null);
            } catch (DateTimeException noSuchMonth) {
                return new PartialDate(year, null, null);
            }
        }
    }

    private static int precision(PartialDate date) {
        return date.month() == null ? 0 : date.day() == null ? 1 : 2;
    }
}
