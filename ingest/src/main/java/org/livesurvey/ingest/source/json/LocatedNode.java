package org.livesurvey.ingest.source.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One value of a JSON document with where it stands.
 *
 * @param line     the 1-based line of the value's first token (the {@code {} of an object)
 * @param position the 0-based index in its array, or 0 for a document's root
 */
public record LocatedNode(int line, int position, JsonNode node) {

    /** How a problem names an entry of an array, {@code entry 3} (from 1): several entries may share a line. */
    public String entry() {
        return "entry " + (position + 1);
    }
}
