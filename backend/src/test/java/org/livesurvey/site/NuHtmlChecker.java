package org.livesurvey.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu Html Checker (the W3C's HTML5 validator, {@code nu.validator:validator}) in a child JVM. Its classpath is
 * the one Maven resolved for it as a plugin dependency (backend/pom.xml writes it to
 * {@code target/html-validator.classpath}): its old Jetty, Saxon and servlet API stay out of the application's
 * classpath, and Spring Boot's dependency management cannot bump them under it.
 */
final class NuHtmlChecker {

    static final Path CLASSPATH_FILE = Path.of("target", "html-validator.classpath");

    private static final long TIMEOUT_MINUTES = 5;

    private NuHtmlChecker() {
    }

    /** Checks the files in one run; returns every message, errors and warnings. */
    static List<Message> check(List<Path> files) throws IOException, InterruptedException {
        if (!Files.isRegularFile(CLASSPATH_FILE)) {
            throw new IllegalStateException(CLASSPATH_FILE.toAbsolutePath() + " is missing: Maven writes it in the "
                    + "generate-test-resources phase (run the test through mvn)");
        }
        Path output = Files.createTempFile(files.get(0).getParent(), "nu-", ".json");
        Path log = Files.createTempFile(files.get(0).getParent(), "nu-", ".log");
        try {
            return messages(run(files, output, log));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(log);
        }
    }

    /** Runs the checker with its report going to {@code output}; returns the report. */
    private static String run(List<Path> files, Path output, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", Files.readString(CLASSPATH_FILE).strip(),
                "nu.validator.client.SimpleCommandLineValidator", "--format", "json", "--stdout"));
        files.forEach(file -> command.add(file.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the HTML checker did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        String json = Files.readString(output, StandardCharsets.UTF_8);
        if (json.isBlank()) {
            throw new IllegalStateException("the HTML checker wrote no report (exit " + process.exitValue() + "): "
                    + Files.readString(log));
        }
        return json;
    }

    private static List<Message> messages(String json) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : JsonMapper.builder().build().readTree(json).path("messages")) {
            messages.add(new Message(message.path("url").asString(""), message.path("type").asString(""),
                    message.path("lastLine").asInt(0), message.path("message").asString(""),
                    message.path("extract").asString("")));
        }
        return messages;
    }

    /**
     * One finding. {@code type} is {@code error}, {@code info} (warnings and notes) or {@code non-document-error} (the
     * file could not be read).
     */
    record Message(String url, String type, int line, String text, String extract) {

        boolean isError() {
            return !type.equals("info");
        }

        boolean isAbout(Path file) {
            return url.endsWith("/" + file.getFileName());
        }

        @Override
        public String toString() {
            return url.substring(url.lastIndexOf('/') + 1) + ":" + line + ": " + type + ": " + text + " [" + extract
                    + "]";
        }
    }
}
