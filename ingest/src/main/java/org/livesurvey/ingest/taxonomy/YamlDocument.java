package org.livesurvey.ingest.taxonomy;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A YAML file as a JSON tree, with the line each node starts on, so that any problem found in the tree can be
 * reported at the line a contributor has to edit.
 *
 * @param root          the document's content
 * @param lineByPointer 1-based line for every JSON pointer of the tree (for a mapping entry: the line of its key)
 */
public record YamlDocument(JsonNode root, Map<String, Integer> lineByPointer) {

    public YamlDocument {
        lineByPointer = Map.copyOf(lineByPointer);
    }

    /**
     * The line of the node at {@code pointer}, or of its nearest ancestor that exists: a missing field is reported
     * where the object that lacks it begins.
     */
    public int lineOf(String pointer) {
        String current = pointer;
        while (true) {
            Integer line = lineByPointer.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 1;
            }
            current = JsonPointers.parent(current);
        }
    }

    /** The node at {@code pointer} as a document of its own; lines stay those of the whole file. */
    public YamlDocument subDocument(String pointer) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        lineByPointer.forEach((key, line) -> {
            if (key.equals(pointer) || key.startsWith(pointer + "/")) {
                lines.put(key.substring(pointer.length()), line);
            }
        });
        return new YamlDocument(root.at(pointer), lines);
    }
}
