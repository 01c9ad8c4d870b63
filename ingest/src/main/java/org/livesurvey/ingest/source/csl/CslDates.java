package org.livesurvey.ingest.source.csl;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.source.json.PublicationDates;

/**
 * CSL dates: {@code {"date-parts": [[2020, 5, 3]]}} with the parts as numbers or as text ({@code ["2020", "05"]}),
 * the first date of a range, {@code [[null]]} for no date; {@code raw} or {@code literal} text where there are no
 * parts. As precise as the parts that make a real date.
 */
final class CslDates {

    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

    private CslDates() {
    }

    static PartialDate of(JsonNode date) {
        if (date.isTextual()) {
            return fromText(date.textValue());
        }
        List<Integer> parts = numbers(date.path("date-parts").path(0));
        if (!parts.isEmpty()) {
            return fromParts(parts);
        }
        String text = date.path("raw").asText(null);
        return fromText(text != null ? text : date.path("literal").asText(null));
    }

    /** The leading parts that are whole numbers, at most year, month and day. */
    private static List<Integer> numbers(JsonNode parts) {
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode part : parts) {
            String text = part.isIntegralNumber() || part.isTextual() ? part.asText().strip() : "";
            if (numbers.size() == 3 || !text.matches("\\d{1,4}")) {
                break;
            }
            numbers.add(Integer.valueOf(text));
        }
        return numbers;
    }

    // a month 13 or a 31st of April keeps the parts before it
    private static PartialDate fromParts(List<Integer> parts) {
        for (int known = parts.size(); known > 0; known--) {
            try {
                return new PartialDate(parts.get(0), known > 1 ? parts.get(1) : null, known > 2 ? parts.get(2) : null);
            } catch (DateTimeException e) {
                // try with one part less
            }
        }
        return null;
    }

    private static PartialDate fromText(String text) {
        if (text == null) {
            return null;
        }
        Matcher year = YEAR.matcher(text);
        return PublicationDates.of(text, year.find() ? Long.valueOf(year.group(1)) : null);
    }
}
