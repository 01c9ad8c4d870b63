package org.livesurvey.ingest.taxonomy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed SnakeYAML node tree into a Jackson tree and records the line of every node. Scalars keep the
 * YAML type their tag resolves to for numbers, booleans and null; everything else, timestamps included, stays text,
 * so that {@code published: 2025-04-23} is the string the schema expects. Duplicate keys, which SnakeYAML's
 * composer accepts silently, are reported.
 */
final class YamlToJsonConverter {

    private static final Set<Tag> TYPED_SCALARS = Set.of(Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Path file;
    private final ScalarConstructor scalars = new ScalarConstructor();
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    // nodes being converted right now: an alias back to one of them would recurse forever
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlToJsonConverter(Path file) {
        this.file = file;
    }

    record Result(YamlDocument document, List<Problem> problems) {
    }

    static Result convert(Path file, Node root) {
        YamlToJsonConverter converter = new YamlToJsonConverter(file);
        JsonNode json = converter.convert(root, "", lineOf(root));
        return new Result(new YamlDocument(json, converter.lines), List.copyOf(converter.problems));
    }

    private JsonNode convert(Node node, String pointer, int line) {
        lines.put(pointer, line);
        if (!inProgress.add(node)) {
            problems.add(new Problem(file, lineOf(node), "an alias refers to a node that contains it"));
            return JSON.nullNode();
        }
        try {
            if (node instanceof MappingNode mapping) {
                return convertMapping(mapping, pointer);
            }
            if (node instanceof SequenceNode sequence) {
                return convertSequence(sequence, pointer);
            }
            return convertScalar((ScalarNode) node);
        } finally {
            inProgress.remove(node);
        }
    }

    private ObjectNode convertMapping(MappingNode mapping, String pointer) {
        ObjectNode object = JSON.objectNode();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            Node keyNode = entry.getKeyNode();
            int keyLine = lineOf(keyNode);
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                problems.add(new Problem(file, keyLine, "a key must be a plain word, not a list or a mapping"));
                continue;
            }
            String key = scalarKey.getValue();
            Integer firstLine = firstLineOfKey.putIfAbsent(key, keyLine);
            if (firstLine != null) {
                String field = JsonPointers.display(JsonPointers.child(pointer, key));
                problems.add(new Problem(file, keyLine,
                        field + ": duplicate key (first given at line " + firstLine + ")"));
                continue;
            }
            object.set(key, convert(entry.getValueNode(), JsonPointers.child(pointer, key), keyLine));
        }
        return object;
    }

    private ArrayNode convertSequence(SequenceNode sequence, String pointer) {
        ArrayNode array = JSON.arrayNode();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            array.add(convert(item, JsonPointers.child(pointer, i), lineOf(item)));
        }
        return array;
    }

    private JsonNode convertScalar(ScalarNode scalar) {
        if (!TYPED_SCALARS.contains(scalar.getTag())) {
            return JSON.textNode(scalar.getValue());
        }
        Object value;
        try {
            value = scalars.construct(scalar);
        } catch (RuntimeException e) {
            problems.add(new Problem(file, lineOf(scalar),
                    "'" + scalar.getValue() + "' is not a valid " + scalar.getTag().getValue()));
            return JSON.textNode(scalar.getValue());
        }
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof Boolean bool) {
            return JSON.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return JSON.numberNode(number);
        }
        if (value instanceof Long number) {
            return JSON.numberNode(number);
        }
        if (value instanceof BigInteger number) {
            return JSON.numberNode(number);
        }
        return JSON.numberNode(((Number) value).doubleValue());
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    /** SnakeYAML's own rules for YAML 1.1 numbers, booleans and null (hex, underscores, yes/no, ~ ...). */
    private static final class ScalarConstructor extends SafeConstructor {

        ScalarConstructor() {
            super(new LoaderOptions());
        }

        Object construct(ScalarNode node) {
            return getConstructor(node).construct(node);
        }
    }
}
