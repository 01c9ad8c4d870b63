package org.livesurvey.ingest.taxonomy;

import java.nio.file.Path;
import java.util.List;

/** Turns one kind of document into a model object, with the checks its schema cannot express. */
interface DocumentMapper<T> {

    /** Problems the schema cannot see; run on every document, valid or not, so that all are reported at once. */
    default List<Problem> check(Path file, YamlDocument document) {
        return List.of();
    }

    /** Builds the object from a document that passed its schema and {@link #check}. */
    T map(YamlDocument document);
}
