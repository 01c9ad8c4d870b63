package org.livesurvey.reproduction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks a result file against the experiment contract, {@code runner/result.schema.json}, and reads it. Every
 * problem is reported with the JSON pointer of its field, e.g. {@code /metrics/accuracy: string found, number
 * expected}. The schema is read from the runner's directory when first needed, so that an application without the
 * runner's files starts all the same.
 */
final class ResultValidator {

    /** Far above any real result (tens of kB); a larger file is a bug of the experiment, not a result. */
    static final int MAX_RESULT_CHARS = 4 * 1024 * 1024;

    private final Path schemaFile;
    private volatile JsonSchema schema;

    ResultValidator(Path schemaFile) {
        this.schemaFile = schemaFile;
    }

    /**
     * @throws InvalidRunResultException listing every problem of the file
     */
    ExperimentResult read(String text) {
        if (text.length() > MAX_RESULT_CHARS) {
            throw tooLarge();
        }
        JsonNode root;
        try {
            root = JsonColumns.JSON.readTree(text);
        } catch (JacksonException e) {
            throw InvalidRunResultException.withProblems(List.of("not JSON: " + e.getOriginalMessage()
                    + location(e)));
        }
        if (root == null || root.isMissingNode()) {
            throw InvalidRunResultException.withProblems(List.of("the file is empty"));
        }
        List<String> problems = new ArrayList<>(schemaProblems(text));
        if (!problems.isEmpty()) {
            throw InvalidRunResultException.withProblems(problems);
        }
        Instant started = timestamp(root, "started_at", problems);
        Instant finished = timestamp(root, "finished_at", problems);
        if (!problems.isEmpty()) {
            throw InvalidRunResultException.withProblems(problems);
        }
        return new ExperimentResult(root.get("experiment").asString(), root.get("experiment_version").asString(),
                root.get("config").asString(), root.get("seed").asInt(), map(root.get("parameters")), started,
                finished, root.get("duration_s").asDouble(), root.get("peak_memory_mb").asDouble(),
                root.get("scale").asString(), metrics(root.get("metrics")), map(root.get("environment")), text);
    }

    static InvalidRunResultException tooLarge() {
        return InvalidRunResultException.withProblems(List.of("the file is larger than the "
                + MAX_RESULT_CHARS / (1024 * 1024) + " MB a result may have"));
    }

    /**
     * A valid file that answers another job: a result is only evidence for the run it was asked for.
     *
     * @throws InvalidRunResultException naming each field that differs
     */
    static void requireMatch(ExperimentResult result, String experiment, String config, Integer seed) {
        List<String> problems = new ArrayList<>();
        if (!result.experiment().equals(experiment)) {
            problems.add("/experiment: '" + result.experiment() + "', but the run is of '" + experiment + "'");
        }
        if (!result.config().equals(config)) {
            problems.add("/config: '" + result.config() + "', but the run asked for '" + config + "'");
        }
        if (seed != null && result.seed() != seed) {
            problems.add("/seed: " + result.seed() + ", but the run asked for " + seed);
        }
        if (!problems.isEmpty()) {
            throw InvalidRunResultException.withProblems(problems);
        }
    }

    private List<String> schemaProblems(String text) {
        return schema().validate(text, InputFormat.JSON).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ResultValidator::withoutRootPointer)
                .toList();
    }

    /** A problem of the whole document reads better without its pointer, which is empty. */
    private static String withoutRootPointer(ValidationMessage message) {
        String text = message.getMessage();
        return text.startsWith(": ") ? text.substring(2) : text;
    }

    private JsonSchema schema() {
        JsonSchema compiled = schema;
        if (compiled == null) {
            synchronized (this) {
                if (schema == null) {
                    schema = compile();
                }
                compiled = schema;
            }
        }
        return compiled;
    }

    private JsonSchema compile() {
        try {
            String text = Files.readString(schemaFile);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(text, InputFormat.JSON, config);
            compiled.initializeValidators();
            return compiled;
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("the result schema " + schemaFile.toAbsolutePath()
                    + " does not exist (livesurvey.runner.result-schema)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the result schema " + schemaFile.toAbsolutePath(), e);
        }
    }

    private static Instant timestamp(JsonNode root, String field, List<String> problems) {
        String text = root.get(field).asString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("/" + field + ": '" + text + "' is not a date-time");
            return null;
        }
    }

    private static Map<String, Object> map(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.properties().forEach(entry -> values.put(entry.getKey(),
                JsonColumns.JSON.treeToValue(entry.getValue(), Object.class)));
        return values;
    }

    private static Map<String, Double> metrics(JsonNode object) {
        Map<String, Double> values = new LinkedHashMap<>();
        object.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asDouble()));
        return values;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
