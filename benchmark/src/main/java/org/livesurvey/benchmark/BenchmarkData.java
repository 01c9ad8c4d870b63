package org.livesurvey.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's own data directory. Every run starts from an empty one, so that the sync writes every paper and
 * the application finds no search index and builds it in full. A marker file tells it apart from any other
 * directory: one without the marker that is not empty is never deleted (say, {@code --data-dir data} by mistake).
 */
final class BenchmarkData {

    static final String MARKER = ".livesurvey-benchmark-data";

    private BenchmarkData() {
    }

    /**
     * Empties the directory (creating it when missing) and marks it as the benchmark's.
     *
     * @throws IllegalArgumentException when the directory holds files but no marker
     */
    static void prepare(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(directory)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(directory.resolve(MARKER))) {
                throw new IllegalArgumentException(directory + " is not empty and was not made by the benchmark; "
                        + "give --data-dir a directory of its own");
            }
            deleteRecursively(directory);
        }
        Files.createDirectories(directory);
        Files.createFile(directory.resolve(MARKER));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
