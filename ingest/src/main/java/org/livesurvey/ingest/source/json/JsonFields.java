package org.livesurvey.ingest.source.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import org.livesurvey.ingest.metadata.ReadLimits;

/**
 * Typed access to the fields of one JSON object of a record. Real answers are loose about types (a year as text,
 * a title as a one-element array), so any scalar reads as text; only a value that cannot stand for text (an
 * object where text belongs) makes the record invalid. Every text is checked against
 * {@link ReadLimits#MAX_FIELD_CHARS}, and messages name the field by its path in the record.
 */
public final class JsonFields {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The fields of a record's root object. */
    public static JsonFields of(JsonNode object) {
        return new JsonFields(object, "");
    }

    /** Whether the field is there and not {@code null}. */
    public boolean has(String field) {
        return !isAbsent(node.get(field));
    }

    /** The field's value, which may be a missing or null node; for shapes of their own (date parts, indexes). */
    public JsonNode raw(String field) {
        JsonNode value = node.get(field);
        return value == null ? MissingNode.getInstance() : value;
    }

    /** The path of a field in messages, e.g. {@code primary_location.source.display_name}. */
    public String pathOf(String field) {
        return path + field;
    }

    /** The text of a scalar field (or of the first element of an array), {@code null} when absent or blank. */
    public String text(String field) {
        return textOf(node.get(field), pathOf(field));
    }

    /** A whole number given as a number or as text, {@code null} when absent or not a whole number. */
    public Long number(String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        String text = value != null && value.isTextual() ? value.textValue().strip() : "";
        return WHOLE_NUMBER.matcher(text).matches() ? Long.valueOf(text) : null;
    }

    /** Whether the field is {@code true} (a JSON boolean or the text {@code true}). */
    public boolean flag(String field) {
        JsonNode value = node.get(field);
        return value != null && (value.isBoolean() ? value.booleanValue() : "true".equals(value.asText()));
    }

    /** A nested object; an empty one when the field is absent or {@code null}. */
    public JsonFields object(String field) {
        JsonNode value = node.get(field);
        if (isAbsent(value)) {
            return new JsonFields(MissingNode.getInstance(), pathOf(field) + ".");
        }
        if (!value.isObject()) {
            throw new InvalidRecordException("'" + pathOf(field) + "' is not an object");
        }
        return new JsonFields(value, pathOf(field) + ".");
    }

    /** The objects of an array field, {@code null} elements skipped; empty when the field is absent. */
    public List<JsonFields> objects(String field) {
        List<JsonFields> objects = new ArrayList<>();
        int index = 0;
        for (JsonNode element : array(field)) {
            if (element.isObject()) {
                objects.add(new JsonFields(element, pathOf(field) + "[" + index + "]."));
            } else if (!element.isNull()) {
                throw new InvalidRecordException("'" + pathOf(field) + "' holds a value that is not an object");
            }
            index++;
        }
        return objects;
    }

    /** The texts of an array field (a lone text counts as a list of one), blank ones skipped. */
    public List<String> texts(String field) {
        JsonNode value = node.get(field);
        if (value != null && !value.isArray()) {
            String single = text(field);
            return single == null ? List.of() : List.of(single);
        }
        List<String> texts = new ArrayList<>();
        int index = 0;
        for (JsonNode element : array(field)) {
            String text = textOf(element, pathOf(field) + "[" + index++ + "]");
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private Iterable<JsonNode> array(String field) {
        JsonNode value = node.get(field);
        if (isAbsent(value)) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidRecordException("'" + pathOf(field) + "' is not an array");
        }
        return value;
    }

    private static String textOf(JsonNode value, String path) {
        if (isAbsent(value)) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : textOf(value.get(0), path + "[0]");
        }
        if (value.isObject()) {
            throw new InvalidRecordException("'" + path + "' is an object where text belongs");
        }
        String text = ReadLimits.checkField(path, value.asText());
        return text.isBlank() ? null : text;
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }
}
