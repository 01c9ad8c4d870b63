package org.livesurvey.ingest.taxonomy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads fields of a document that already passed its schema, so types are known to be right. */
final class JsonFields {

    private JsonFields() {
    }

    /** The text of a field, or {@code null} when it is absent. */
    static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The texts of a list field; empty when it is absent. */
    static List<String> texts(JsonNode object, String field) {
        List<String> texts = new ArrayList<>();
        object.path(field).forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** A number field, or {@code null} when it is absent. */
    static Double number(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }
}
