package org.livesurvey.reproduction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import tools.jackson.databind.node.ObjectNode;

/** Result files for the runner's tests: the contract's schema and a valid file to change one field of. */
final class ResultFiles {

    static final Path SCHEMA = Path.of("../runner/result.schema.json").toAbsolutePath().normalize();
    static final Path EXPERIMENTS = Path.of("../runner/experiments").toAbsolutePath().normalize();
    private static final Path VALID = Path.of("src/test/resources/reproduction/result-valid.json");

    private ResultFiles() {
    }

    /** A valid OTC smoke result (config smoke, seed 0). */
    static String valid() {
        try {
            return Files.readString(VALID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid result with one change. */
    static String validWith(Consumer<ObjectNode> change) {
        ObjectNode result = (ObjectNode) JsonColumns.JSON.readTree(valid());
        change.accept(result);
        return JsonColumns.JSON.writeValueAsString(result);
    }
}
