package org.livesurvey.ingest.source.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.ReadLimits;

/**
 * One JSON document, read so that every record keeps the line it starts on: a tree has no positions, so the
 * records of one array (the root array, or one field of the root object such as OpenAlex {@code results}) are
 * read one by one from the token stream, each with the line of its first token.
 */
public final class JsonDocument {

    /** What the document's root is. */
    public enum Root {
        OBJECT, ARRAY
    }

    private final Root root;
    private final int rootLine;
    private final ObjectNode fields;
    private final List<LocatedNode> items;
    private final boolean itemsField;

    private JsonDocument(Root root, int rootLine, ObjectNode fields, List<LocatedNode> items, boolean itemsField) {
        this.root = root;
        this.rootLine = rootLine;
        this.fields = fields;
        this.items = List.copyOf(items);
        this.itemsField = itemsField;
    }

    /**
     * @param itemsField the field of a root object whose array holds the records ({@code results}, {@code data}),
     *                   or {@code null} when only a root array holds records
     * @throws MetadataReadException when the input is too large, not JSON, or not one object or array
     */
    public static JsonDocument read(byte[] content, String name, String itemsField) {
        ReadLimits.checkInputSize(name, content.length);
        try (JsonParser parser = JsonInput.parser(content, 0, content.length)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw MetadataReadException.malformed(name, "empty: no JSON value", null);
            }
            int line = lineOf(parser);
            JsonDocument document = switch (first) {
                case START_ARRAY -> new JsonDocument(Root.ARRAY, line, JsonNodeFactory.instance.objectNode(),
                        elements(parser), false);
                case START_OBJECT -> readObject(parser, line, itemsField);
                default -> throw MetadataReadException.malformed(name,
                        "expected a JSON object or array, found " + scalarName(first), null);
            };
            if (parser.nextToken() != null) {
                throw MetadataReadException.malformed(name, "a second JSON value starts at line " + lineOf(parser)
                        + "; one JSON document holds one value (is this JSON Lines?)", null);
            }
            return document;
        } catch (JacksonException e) {
            throw JsonInput.malformed(name, e);
        } catch (IOException e) {
            // a parser over a byte array does no I/O; anything else it throws is a JacksonException
            throw MetadataReadException.malformed(name, e.getMessage(), e);
        }
    }

    private static JsonDocument readObject(JsonParser parser, int line, String itemsField) throws IOException {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        List<LocatedNode> items = List.of();
        boolean hasItems = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY && field.equals(itemsField)) {
                items = elements(parser);
                hasItems = true;
            } else {
                fields.set(field, JsonInput.readTree(parser));
            }
        }
        return new JsonDocument(Root.OBJECT, line, fields, items, hasItems);
    }

    /** The elements of the array whose {@code [} is the current token, up to and including its {@code ]}. */
    private static List<LocatedNode> elements(JsonParser parser) throws IOException {
        List<LocatedNode> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = lineOf(parser);
            elements.add(new LocatedNode(line, elements.size(), JsonInput.readTree(parser)));
        }
        return elements;
    }

    private static String scalarName(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "null";
        };
    }

    private static int lineOf(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    public Root root() {
        return root;
    }

    /**
     * The fields of a root object, without the items field; empty for a root array.
     */
    public ObjectNode fields() {
        return fields;
    }

    /** The records of the root array or of the items field, in document order. */
    public List<LocatedNode> items() {
        return items;
    }

    /** Whether the root object has the items field as an array (even an empty one). */
    public boolean hasItemsField() {
        return itemsField;
    }

    /** The root object as one record: a single work or paper answer. */
    public LocatedNode rootAsRecord() {
        return new LocatedNode(rootLine, 0, fields);
    }
}
