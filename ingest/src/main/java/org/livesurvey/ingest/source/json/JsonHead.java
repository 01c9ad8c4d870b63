package org.livesurvey.ingest.source.json;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * What the first bytes of an input show of its JSON shape, for content sniffing: whether the root is an object or an
 * array, and the keys and texts of its first record (the root object, or the first object of a root array). Reading
 * stops at the end of that record or of the head, which is usually cut in the middle of a value; what was seen up to
 * there stands. Input that is not JSON shows nothing.
 */
public final class JsonHead {

    private JsonToken root;
    private final Set<String> keys = new HashSet<>();
    private final Set<String> nestedKeys = new HashSet<>();
    private final Map<String, String> texts = new HashMap<>();
    private boolean recordOnFirstLine;

    private JsonHead() {
    }

    /** Never throws. */
    public static JsonHead of(byte[] head) {
        JsonHead shape = new JsonHead();
        try (JsonParser parser = JsonInput.parser(head, 0, head.length)) {
            shape.read(parser);
        } catch (IOException | RuntimeException e) {
            // the head ends inside a value, or is not JSON at all: what was read so far is the answer
        }
        return shape;
    }

    private void read(JsonParser parser) throws IOException {
        root = parser.nextToken();
        if (root == JsonToken.START_OBJECT) {
            readRecord(parser);
        } else if (root == JsonToken.START_ARRAY) {
            for (JsonToken element = parser.nextToken(); element != null && element != JsonToken.END_ARRAY;
                    element = parser.nextToken()) {
                if (element == JsonToken.START_OBJECT) {
                    readRecord(parser);
                    return;
                }
                parser.skipChildren();
            }
        }
    }

    private void readRecord(JsonParser parser) throws IOException {
        int depth = 1;
        String field = null;
        recordOnFirstLine = parser.currentTokenLocation().getLineNr() == 1;
        JsonToken token;
        while (depth > 0 && (token = parser.nextToken()) != null) {
            recordOnFirstLine &= parser.currentTokenLocation().getLineNr() == 1;
            switch (token) {
                case FIELD_NAME -> {
                    field = parser.currentName();
                    nestedKeys.add(field);
                    if (depth == 1) {
                        keys.add(field);
                    }
                }
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_STRING -> {
                    if (depth == 1) {
                        texts.put(field, parser.getText());
                    }
                }
                default -> {
                    // numbers, booleans and nulls say nothing about the shape
                }
            }
        }
    }

    public boolean isObject() {
        return root == JsonToken.START_OBJECT;
    }

    public boolean isArray() {
        return root == JsonToken.START_ARRAY;
    }

    /** Whether the first record has one of these keys at its top level. */
    public boolean hasKey(String... names) {
        return Arrays.stream(names).anyMatch(keys::contains);
    }

    /** Whether one of these keys occurs anywhere inside the first record. */
    public boolean hasNestedKey(String... names) {
        return Arrays.stream(names).anyMatch(nestedKeys::contains);
    }

    /** A text at the top level of the first record, or {@code null}. */
    public String text(String key) {
        return texts.get(key);
    }

    /** Whether the first record lies on the first line, as far as the head shows: the shape of JSON Lines. */
    public boolean recordOnFirstLine() {
        return recordOnFirstLine;
    }
}
