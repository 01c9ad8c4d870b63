package org.livesurvey.ingest.source.ris;

import java.util.List;
import java.util.Map;

import org.livesurvey.ingest.metadata.ReadLimits;

/**
 * One record of a tagged format: its values by tag, in the order they stand.
 *
 * @param line   the 1-based line of its first tag ({@code TY} or {@code PT})
 * @param fields every value of each tag; a repeated tag ({@code AU}) or a Web of Science continuation line adds one
 */
record TaggedRecord(int line, Map<String, List<String>> fields) {

    TaggedRecord {
        fields = Map.copyOf(fields);
    }

    /** The first value of the first of the tags that the record has, or {@code null}. */
    String first(String... tags) {
        for (String tag : tags) {
            List<String> values = fields.get(tag);
            if (values != null) {
                for (String value : values) {
                    if (!value.isBlank()) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /** Every value of the tag, or an empty list. */
    List<String> all(String tag) {
        return fields.getOrDefault(tag, List.of());
    }

    /**
     * @throws ReadLimits.FieldTooLongException when a value is over the limit; the message names its tag
     */
    void checkLimits() {
        fields.forEach((tag, values) -> values.forEach(value -> ReadLimits.checkField(tag, value)));
    }
}
