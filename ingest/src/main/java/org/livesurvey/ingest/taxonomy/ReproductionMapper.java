package org.livesurvey.ingest.taxonomy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.livesurvey.ingest.model.Reproduction;

/** Builds a {@link Reproduction} from a reproduction document, with the checks its schema cannot express. */
final class ReproductionMapper implements DocumentMapper<Reproduction> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> PARAMETERS = new TypeReference<>() {
    };
    // the forms the schema asks for: a value of another form is reported by the schema alone
    private static final Pattern TIMEOUT_FORM = Pattern.compile("PT(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?");
    private static final Pattern SCHEDULE_FORM = Pattern.compile(
            "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?");
    private static final Pattern NON_ZERO_DIGIT = Pattern.compile("[1-9]");
    /** Options of the command line that have fields of their own; as parameters the experiment would reject them. */
    private static final List<String> OWN_FIELDS = List.of("config", "seed");

    @Override
    public List<Problem> check(Path file, YamlDocument document) {
        JsonNode root = document.root();
        List<Problem> problems = new ArrayList<>();
        checkTimeout(root.path("timeout"), file, document, problems);
        checkSchedule(root.path("schedule"), file, document, problems);
        checkConfigFitsHardware(root, file, document, problems);
        for (String field : OWN_FIELDS) {
            if (root.path("parameters").has(field)) {
                String pointer = JsonPointers.child("/parameters", field);
                problems.add(problem(file, document, pointer,
                        "give " + field + " as a field of its own, not as a parameter"));
            }
        }
        checkEachClaimOnce(root.path("checks"), file, document, problems);
        return problems;
    }

    @Override
    public Reproduction map(YamlDocument document) {
        JsonNode root = document.root();
        String timeout = JsonFields.text(root, "timeout");
        return new Reproduction(
                JsonFields.text(root, "id"),
                JsonFields.text(root, "paper"),
                JsonFields.text(root, "experiment"),
                JsonFields.text(root, "hardware"),
                JsonFields.text(root, "config"),
                parameters(root.path("parameters")),
                root.path("seed").asInt(Reproduction.DEFAULT_SEED),
                JsonFields.text(root, "schedule"),
                timeout == null ? Reproduction.DEFAULT_TIMEOUT : Duration.parse(timeout),
                checks(root.path("checks")));
    }

    private static void checkTimeout(JsonNode timeout, Path file, YamlDocument document, List<Problem> problems) {
        if (!timeout.isTextual() || !TIMEOUT_FORM.matcher(timeout.asText()).matches()) {
            return;
        }
        String text = timeout.asText();
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            // the form is right, so only a number too large for a Duration gets here
            duration = Reproduction.MAX_TIMEOUT.plusSeconds(1);
        }
        if (duration.isZero()) {
            problems.add(problem(file, document, "/timeout", "'" + text + "' leaves the run no time at all"));
        } else if (duration.compareTo(Reproduction.MAX_TIMEOUT) > 0) {
            problems.add(problem(file, document, "/timeout", "'" + text + "' is longer than "
                    + Reproduction.MAX_TIMEOUT + ", the most one run may take (run longer experiments elsewhere and"
                    + " import their result)"));
        }
    }

    private static void checkSchedule(JsonNode schedule, Path file, YamlDocument document, List<Problem> problems) {
        if (schedule.isTextual() && SCHEDULE_FORM.matcher(schedule.asText()).matches()
                && !NON_ZERO_DIGIT.matcher(schedule.asText()).find()) {
            problems.add(problem(file, document, "/schedule", "'" + schedule.asText() + "' would re-run without"
                    + " pause (leave schedule out to run only on request)"));
        }
    }

    private static void checkConfigFitsHardware(JsonNode root, Path file, YamlDocument document,
                                                List<Problem> problems) {
        JsonNode hardware = root.path("hardware");
        if ("gpu".equals(root.path("config").asText()) && hardware.isTextual() && !"gpu".equals(hardware.asText())) {
            problems.add(problem(file, document, "/config",
                    "'gpu' needs hardware gpu, not '" + hardware.asText() + "'"));
        }
    }

    /** A claim has one verdict per run; two checks of it would give two that may disagree. */
    private static void checkEachClaimOnce(JsonNode checks, Path file, YamlDocument document,
                                           List<Problem> problems) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            JsonNode claim = checks.get(i).path("claim");
            if (!claim.isTextual()) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(claim.asText(), i);
            if (first != null) {
                String pointer = JsonPointers.child(JsonPointers.child("/checks", i), "claim");
                String earlier = JsonPointers.display(JsonPointers.child(JsonPointers.child("/checks", first), "claim"));
                problems.add(problem(file, document, pointer, "'" + claim.asText() + "' is already checked by "
                        + earlier + " (one check per claim)"));
            }
        }
    }

    private static Problem problem(Path file, YamlDocument document, String pointer, String message) {
        return new Problem(file, document.lineOf(pointer), JsonPointers.display(pointer) + ": " + message);
    }

    private static Map<String, Object> parameters(JsonNode parameters) {
        return parameters.isObject() ? JSON.convertValue(parameters, PARAMETERS) : Map.of();
    }

    private static List<Reproduction.ClaimCheck> checks(JsonNode checks) {
        List<Reproduction.ClaimCheck> out = new ArrayList<>();
        for (JsonNode check : checks) {
            out.add(new Reproduction.ClaimCheck(JsonFields.text(check, "claim"), JsonFields.text(check, "metric"),
                    JsonFields.text(check, "rule"), check.path("tolerance").asDouble(0)));
        }
        return out;
    }
}
