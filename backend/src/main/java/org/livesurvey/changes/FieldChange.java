package org.livesurvey.changes;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The value a short field of a paper had before a change and has after it.
 *
 * @param field    the field's name in the paper file format, e.g. {@code title} or {@code categories}
 * @param oldValue a text, a list of texts (categories, tags, modality), or {@code null} when it was unset
 * @param newValue the same for the value after the change
 */
public record FieldChange(String field, @JsonProperty("old") Object oldValue, @JsonProperty("new") Object newValue) {

    /** The old value for people: a list joined by commas; {@code null} when unset. */
    public String oldText() {
        return text(oldValue);
    }

    /** The new value for people, as {@link #oldText()}. */
    public String newText() {
        return text(newValue);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? null : value.toString();
    }
}
