package org.livesurvey.ingest.metadata;

import java.util.List;
import java.util.Locale;

/** Months as bibliographic formats write them: {@code jan}, {@code January}, {@code Sept.}, {@code JUN}, {@code 6}. */
public final class Months {

    private static final List<String> NAMES = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private Months() {
    }

    /** The month's number (1 to 12), or {@code null} when the text names no month (a season, a typo). */
    public static Integer number(String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (word.matches("\\d{1,2}")) {
            int month = Integer.parseInt(word);
            return month >= 1 && month <= 12 ? month : null;
        }
        if (word.length() < 3) {
            return null;
        }
        for (int i = 0; i < NAMES.size(); i++) {
            if (NAMES.get(i).startsWith(word)) {
                return i + 1;
            }
        }
        return null;
    }
}
