package org.livesurvey.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch._types.FieldValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opaque cursor for deep paging: the sort values of the last hit of a page ({@code search_after}) and the order
 * they belong to, as base64url JSON. A cursor is checked value by value before it reaches the engine, so a tampered
 * or truncated one is a bad request, never an engine error.
 */
final class SearchCursor {

    private static final int MAX_LENGTH = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchCursor() {
    }

    static String encode(SearchSort sort, List<FieldValue> sortValues) {
        ObjectNode cursor = JSON.createObjectNode();
        cursor.put("sort", sort.name().toLowerCase(Locale.ROOT));
        ArrayNode after = cursor.putArray("after");
        for (FieldValue value : sortValues) {
            switch (value._kind()) {
                case Double -> after.add(value.doubleValue());
                case Long -> after.add(value.longValue());
                case String -> after.add(value.stringValue());
                default -> throw new IllegalStateException("unexpected sort value " + value);
            }
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsString(cursor).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws InvalidSearchRequestException when the cursor is not one this service wrote for this order
     */
    static List<FieldValue> decode(String cursor, SearchSort sort) {
        JsonNode node = parse(cursor);
        JsonNode written = node.path("sort");
        if (!written.isString()) {
            throw invalid("the cursor is not valid");
        }
        if (!written.asString().equals(sort.name().toLowerCase(Locale.ROOT))) {
            throw invalid("the cursor belongs to another sort order; start again from the first page");
        }
        JsonNode after = node.path("after");
        if (!after.isArray() || after.size() != 2 || !after.get(1).isString()) {
            throw invalid("the cursor is not valid");
        }
        return List.of(firstSortValue(after.get(0), sort), FieldValue.of(after.get(1).asString()));
    }

    /** A relevance score for {@link SearchSort#RELEVANCE}, a date in epoch milliseconds otherwise. */
    private static FieldValue firstSortValue(JsonNode value, SearchSort sort) {
        if (sort == SearchSort.RELEVANCE && value.isNumber() && Double.isFinite(value.asDouble())) {
            return FieldValue.of(value.asDouble());
        }
        if (sort != SearchSort.RELEVANCE && value.isIntegralNumber() && value.canConvertToLong()) {
            return FieldValue.of(value.asLong());
        }
        throw invalid("the cursor is not valid");
    }

    private static JsonNode parse(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid("the cursor is not valid");
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(cursor);
            JsonNode node = JSON.readTree(new String(json, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw invalid("the cursor is not valid");
            }
            return node;
        } catch (IllegalArgumentException | JacksonException e) {
            throw invalid("the cursor is not valid");
        }
    }

    private static InvalidSearchRequestException invalid(String message) {
        return InvalidSearchRequestException.of(message);
    }
}
