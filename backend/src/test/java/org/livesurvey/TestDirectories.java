package org.livesurvey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Directories for tests that start the application on data of their own: under target/, which mvn clean removes. */
public final class TestDirectories {

    private TestDirectories() {
    }

    /** A new, empty directory; the application that uses it keeps it until the JVM exits. */
    public static Path newDirectory(String prefix) {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new copy of a fixture directory, which a test may change (a paper edited, a file added). */
    public static Path copyOf(Path fixture, String prefix) {
        Path copy = newDirectory(prefix);
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(fixture.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
