package org.livesurvey.ingest.source.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.ReadLimits;

/** The JSON parser every JSON reader uses, and how its errors read to a user. */
public final class JsonInput {

    /*
     * Jackson refuses strings over 20 million characters (and names over 50,000) by default, which would make a
     * whole file unreadable because of one absurd field. Both may be as long as the input itself;
     * ReadLimits.checkField then drops only the record that holds one.
     * Field names are not interned: OpenAlex abstracts make every word of a text a field name, and interning them
     * took a tenth of the time spent reading OpenAlex pages (and filled the JVM's string pool from the input).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(ReadLimits.MAX_INPUT_BYTES)
                    .maxNameLength(ReadLimits.MAX_INPUT_BYTES)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private JsonInput() {
    }

    /** A parser over {@code length} bytes from {@code offset}; the encoding is detected as JSON allows. */
    public static JsonParser parser(byte[] content, int offset, int length) throws IOException {
        return MAPPER.createParser(content, offset, length);
    }

    /** The value that starts at the parser's current token, as a tree; a JSON {@code null} as a null node. */
    public static JsonNode readTree(JsonParser parser) throws IOException {
        return MAPPER.readTree(parser);
    }

    /** The first line of the parser's message, with the position where it gave up. */
    public static String describe(JacksonException e) {
        return describe(e, 1);
    }

    /**
     * As {@link #describe(JacksonException)} for a parser that began at {@code firstLine} of the input (a line of
     * JSON Lines).
     */
    public static String describe(JacksonException e, int firstLine) {
        String message = String.valueOf(e.getOriginalMessage());
        JsonLocation where = e.getLocation();
        String position = where == null ? ""
                : " at line " + (firstLine - 1 + where.getLineNr()) + ", column " + where.getColumnNr();
        return "not valid JSON" + position + ": " + message.substring(0, firstLineEnd(message));
    }

    public static MetadataReadException malformed(String name, JacksonException e) {
        return MetadataReadException.malformed(name, describe(e), e);
    }

    // Jackson appends the start marker's location in parentheses, which repeats what the position says
    private static int firstLineEnd(String message) {
        int end = message.indexOf('\n');
        end = end < 0 ? message.length() : end;
        int marker = message.indexOf(" (start marker at");
        return marker < 0 ? end : Math.min(marker, end);
    }
}
