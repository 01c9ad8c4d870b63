package org.livesurvey.reproduction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts between the {@code jsonb} columns of runs and reproductions and the maps the records carry. A plain
 * mapper: what is stored must not depend on how the web layer names JSON properties.
 */
final class JsonColumns {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    static String write(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    /** @return empty for SQL null */
    static Map<String, Object> object(String text) {
        if (text == null) {
            return Map.of();
        }
        return Collections.unmodifiableMap(JSON.readValue(text, OBJECT));
    }

    /** By name; metric values are numbers by the contract, anything else is left out rather than misread. */
    static Map<String, Double> metrics(String text) {
        Map<String, Double> metrics = new TreeMap<>();
        object(text).forEach((name, value) -> {
            if (value instanceof Number number) {
                metrics.put(name, number.doubleValue());
            }
        });
        return Collections.unmodifiableMap(metrics);
    }
}
