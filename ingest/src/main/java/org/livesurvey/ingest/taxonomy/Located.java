package org.livesurvey.ingest.taxonomy;

import java.nio.file.Path;

/** A model object with the file and document it was read from, so later checks can report lines. */
public record Located<T>(T value, Path file, YamlDocument document) {

    /** A problem at the line of the node at {@code pointer} (or of its nearest existing ancestor). */
    public Problem problemAt(String pointer, String message) {
        return new Problem(file, document.lineOf(pointer), message);
    }
}
