package org.livesurvey.ingest.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.livesurvey.ingest.taxonomy.TaxonomyReader;

/** The fixture taxonomies under {@code src/test/resources/validate/} and a validator with a fixed today. */
final class ValidationFixtures {

    static final Instant TODAY = Instant.parse("2026-11-25T12:00:00Z");

    private ValidationFixtures() {
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/validate", name);
    }

    static TaxonomyValidator validatorOn(Instant today) {
        return new TaxonomyValidator(new TaxonomyReader(), Clock.fixed(today, ZoneOffset.UTC));
    }

    static TaxonomyValidator validator() {
        return validatorOn(TODAY);
    }

    static List<String> formatted(ValidationReport report, Path base) {
        return report.problems().stream().map(problem -> problem.format(base)).toList();
    }

    /** A copy of a fixture that a test may change. */
    static Path copy(String name, Path target) {
        Path source = fixture(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
