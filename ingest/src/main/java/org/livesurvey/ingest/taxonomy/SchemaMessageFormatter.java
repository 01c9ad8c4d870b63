package org.livesurvey.ingest.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

/**
 * Words a schema violation for a contributor: the field path as written in the file ({@code claims[0].id}),
 * the offending value, and what was expected in the schema's own words (the {@code description} of the
 * definition that failed), instead of a regular expression or a JSON pointer.
 */
final class SchemaMessageFormatter {

    private static final int MAX_SHOWN_LENGTH = 60;
    private static final int MAX_TYPO_EDITS = 2;

    /** A message and the pointer of the node whose line it belongs to. */
    record Finding(String pointer, String message) {
    }

    private final JsonNode schemaRoot;

    SchemaMessageFormatter(JsonNode schemaRoot) {
        this.schemaRoot = schemaRoot;
    }

    Finding format(ValidationMessage message) {
        String at = JsonPointers.of(elements(message.getInstanceLocation()));
        List<Object> schemaPath = elements(message.getSchemaLocation().getFragment());
        JsonNode value = message.getInstanceNode();
        return switch (message.getType()) {
            case "required" -> new Finding(at,
                    lead(at) + "required field '" + message.getProperty() + "' is missing" + reason(schemaPath));
            case "additionalProperties" -> unknownField(at, message.getProperty(), schemaPath);
            case "type" -> new Finding(at, lead(at) + "expected " + typeName(String.valueOf(message.getArguments()[1]))
                    + ", found " + describe(value) + quoteHint(value, message));
            case "pattern" -> new Finding(at, lead(at) + shown(value) + patternExpectation(schemaPath, message));
            case "enum" -> wrongChoice(at, value, schemaNodeAt(schemaPath));
            case "minItems" -> new Finding(at, lead(at) + "needs at least " + entries(message.getArguments()[0]));
            case "uniqueItems" -> repeatedEntry(at, value);
            case "false" -> new Finding(at, lead(at) + "not allowed here" + reason(schemaPath));
            case "not" -> new Finding(at, lead(at) + forbidden(schemaPath, message));
            case "minimum" -> new Finding(at,
                    lead(at) + "must be at least " + schemaNodeAt(schemaPath).asText() + ", found " + value);
            case "maximum" -> new Finding(at,
                    lead(at) + "must be at most " + schemaNodeAt(schemaPath).asText() + ", found " + value);
            default -> new Finding(at, lead(at) + message.getError() + reason(schemaPath));
        };
    }

    private Finding unknownField(String at, String field, List<Object> schemaPath) {
        String pointer = JsonPointers.child(at, field);
        List<String> allowed = new ArrayList<>();
        schemaNodeAt(parent(schemaPath)).path("properties").fieldNames().forEachRemaining(allowed::add);
        Optional<String> meant = NearestMatch.among(field, allowed, MAX_TYPO_EDITS);
        String hint = meant.map(name -> ", did you mean '" + name + "'?")
                .orElse(" (allowed: " + String.join(", ", allowed) + ")");
        return new Finding(pointer, JsonPointers.display(pointer) + ": unknown field" + hint);
    }

    private Finding wrongChoice(String at, JsonNode value, JsonNode choices) {
        List<String> allowed = new ArrayList<>();
        choices.forEach(choice -> allowed.add(choice.asText()));
        String hint = value.isTextual()
                ? NearestMatch.among(value.asText(), allowed, MAX_TYPO_EDITS)
                        .map(choice -> ", did you mean '" + choice + "'?").orElse("")
                : "";
        return new Finding(at, lead(at) + shown(value) + " is not one of " + String.join(", ", allowed) + hint);
    }

    private Finding repeatedEntry(String at, JsonNode array) {
        for (int later = 1; later < array.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (array.get(later).equals(array.get(earlier))) {
                    String pointer = JsonPointers.child(at, later);
                    return new Finding(pointer, JsonPointers.display(pointer) + ": " + shown(array.get(later))
                            + " repeats " + JsonPointers.display(JsonPointers.child(at, earlier)));
                }
            }
        }
        return new Finding(at, lead(at) + "has repeated entries");
    }

    private String patternExpectation(List<Object> schemaPath, ValidationMessage message) {
        JsonNode description = schemaNodeAt(parent(schemaPath)).path("description");
        return description.isTextual()
                ? " is not " + description.asText()
                : " does not match the pattern " + message.getArguments()[0];
    }

    private String forbidden(List<Object> schemaPath, ValidationMessage message) {
        JsonNode description = schemaNodeAt(schemaPath).path("description");
        return description.isTextual() ? "must not be " + description.asText() : message.getError();
    }

    /** The explanation a conditional ({@code if}/{@code then}/{@code else}) gives in its description. */
    private String reason(List<Object> schemaPath) {
        for (int i = schemaPath.size() - 1; i >= 0; i--) {
            Object element = schemaPath.get(i);
            if ("then".equals(element) || "else".equals(element)) {
                JsonNode description = schemaNodeAt(schemaPath.subList(0, i + 1)).path("description");
                return description.isTextual() ? " (" + description.asText() + ")" : "";
            }
        }
        return "";
    }

    private JsonNode schemaNodeAt(List<Object> schemaPath) {
        return schemaRoot.at(JsonPointers.of(schemaPath));
    }

    private static String entries(Object count) {
        return "1".equals(String.valueOf(count)) ? "one entry" : count + " entries";
    }

    private static String lead(String pointer) {
        return pointer.isEmpty() ? "" : JsonPointers.display(pointer) + ": ";
    }

    private static String quoteHint(JsonNode value, ValidationMessage message) {
        boolean textExpected = "string".equals(String.valueOf(message.getArguments()[1]));
        return textExpected && (value.isNumber() || value.isBoolean()) ? " (put the value in quotes)" : "";
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "string" -> "text";
            case "array" -> "a list";
            case "object" -> "a mapping of fields";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            default -> jsonType;
        };
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "an empty value";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping of fields";
        }
        if (value.isTextual()) {
            return "the text " + shown(value);
        }
        return value.isNumber() ? "the number " + value : value.toString();
    }

    private static String shown(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return String.valueOf(value);
        }
        String text = value.asText();
        return "'" + (text.length() > MAX_SHOWN_LENGTH ? text.substring(0, MAX_SHOWN_LENGTH) + "..." : text) + "'";
    }

    private static List<Object> parent(List<Object> path) {
        return path.isEmpty() ? path : path.subList(0, path.size() - 1);
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> elements = new ArrayList<>(path.getNameCount());
        for (int i = 0; i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return elements;
    }
}
