package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

/** JSON writing as the services do it: compact or indented, non-ASCII as itself or escaped. */
final class JsonOutput {

    private static final JsonFactory UNICODE = JsonFactory.builder().build();
    private static final JsonFactory ASCII = JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private JsonOutput() {
    }

    /** A generator that leaves the writer open when it is closed. */
    static JsonGenerator generator(Writer out, boolean indented, boolean escapeNonAscii) throws IOException {
        JsonGenerator json = (escapeNonAscii ? ASCII : UNICODE).createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return indented ? json.useDefaultPrettyPrinter() : json;
    }

    /** A compact generator that writes one value per line (JSON Lines). */
    static JsonGenerator lines(Writer out) throws IOException {
        return generator(out, false, false).setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    static void stringOrNull(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Each word of the text with the positions where it stands, as OpenAlex gives abstracts. */
    static Map<String, List<Integer>> invertedIndex(String text) {
        Map<String, List<Integer>> index = new LinkedHashMap<>();
        String[] words = text.strip().split("\\s+");
        for (int position = 0; position < words.length; position++) {
            index.computeIfAbsent(words[position], word -> new ArrayList<>()).add(position);
        }
        return index;
    }
}
