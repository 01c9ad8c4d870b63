package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The experiments' own Python unit tests (the exact pieces: rewards, thresholds, merging, the VTU formula), run as
 * the build runs everything: one test per experiment folder that has {@code test_*.py} files.
 */
class ExperimentUnitTestsTest {

    private static final long TIMEOUT_MINUTES = 10;

    @TestFactory
    Stream<DynamicTest> everyExperimentsPythonTestsPass() throws IOException {
        List<Path> experiments = experimentsWithTests();
        assertThat(experiments).as("experiment folders with tests in %s", ResultFiles.EXPERIMENTS).isNotEmpty();
        return experiments.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> runUnitTests(folder)));
    }

    private static List<Path> experimentsWithTests() throws IOException {
        try (Stream<Path> folders = Files.list(ResultFiles.EXPERIMENTS)) {
            return folders.filter(Files::isDirectory).filter(ExperimentUnitTestsTest::hasTests).sorted().toList();
        }
    }

    private static boolean hasTests(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().matches("test_.*\\.py"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void runUnitTests(Path folder) throws IOException, InterruptedException {
        Path output = Files.createTempFile("python-unittest-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder("/usr/bin/python3", "-m", "unittest", "discover",
                    "-s", folder.getFileName().toString(), "-t", ".")
                    .directory(ResultFiles.EXPERIMENTS.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // the experiments directory is the repository's: no __pycache__ in it
            builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            Process process = builder.start();
            boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(finished).as("finished within %d minutes:%n%s", TIMEOUT_MINUTES, text).isTrue();
            assertThat(process.exitValue()).as("python3 -m unittest discover -s %s -t . exited with:%n%s",
                    folder.getFileName(), text).isZero();
            assertThat(text).as("ran at least one test:%n%s", text).containsPattern("Ran [1-9]\\d* tests?");
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
