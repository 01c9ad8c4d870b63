package org.livesurvey.ingest.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real sample files of each metadata format in {@code ../shared/fixtures} (beside the repository; SOURCES.md
 * there says where each came from). A missing folder fails the test that needs it: it is never skipped.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path dir() {
        for (Path candidate = Path.of("").toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
            Path fixtures = candidate.resolveSibling("shared").resolve("fixtures");
            if (Files.isDirectory(fixtures)) {
                return fixtures;
            }
        }
        throw new IllegalStateException("no shared/fixtures beside the repository (looked upwards from "
                + Path.of("").toAbsolutePath() + ")");
    }

    /** Every file of one format's folder, e.g. {@code bibtex}, sorted by name. */
    public static List<Path> of(String format) {
        try (Stream<Path> files = Files.list(dir().resolve(format))) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            if (all.isEmpty()) {
                throw new IllegalStateException("no fixtures in " + dir().resolve(format));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared corpus folder ({@code papers.jsonl}, {@code arxiv-metadata.jsonl}, {@code arxiv-daily/}). */
    public static Path corpus() {
        return dir().resolveSibling("corpus");
    }
}
