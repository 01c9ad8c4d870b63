package org.livesurvey.reproduction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * The command line of the experiment contract (runner/README.md):
 * {@code <python> <experiments>/<experiment>/run.py --config <config> --seed <seed> --output <file> [--param k=v ...]}.
 */
final class ExperimentCommand {

    /** As the reproduction schema allows: also keeps a name from climbing out of the experiments directory. */
    private static final Pattern EXPERIMENT_NAME = Pattern.compile("[a-z0-9]+([_-][a-z0-9]+)*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExperimentCommand() {
    }

    /**
     * @throws IllegalArgumentException when the experiment has no {@code run.py} in the experiments directory
     */
    static List<String> of(Path python, Path experimentsDir, JobSpec job, Path output) {
        Path script = script(experimentsDir, job.experiment());
        List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(),
                "--config", job.config(), "--seed", Integer.toString(job.seed()), "--output", output.toString()));
        job.parameters().forEach((key, value) -> {
            command.add("--param");
            command.add(key + "=" + parameterText(value));
        });
        return command;
    }

    /** What the experiment's process needs besides the command line. */
    static Map<String, String> environment(Path experimentsDir) {
        return Map.of(
                // output reaches the log as it is printed, and a killed run's last words are not lost in a buffer
                "PYTHONUNBUFFERED", "1",
                // the experiments directory is the repository's: no __pycache__ written into it by runs
                "PYTHONDONTWRITEBYTECODE", "1",
                // so that every experiment can import the shared `common` package
                "PYTHONPATH", experimentsDir.toAbsolutePath().normalize().toString());
    }

    static Path script(Path experimentsDir, String experiment) {
        if (!EXPERIMENT_NAME.matcher(experiment).matches()) {
            throw new IllegalArgumentException("'" + experiment + "' is not an experiment name");
        }
        Path script = experimentsDir.toAbsolutePath().normalize().resolve(experiment).resolve("run.py");
        if (!Files.isRegularFile(script)) {
            throw new IllegalArgumentException("the experiment '" + experiment + "' has no " + script);
        }
        return script;
    }

    /** Strings as they are, numbers and booleans as JSON writes them, anything else as JSON. */
    private static String parameterText(Object value) {
        return value instanceof String text ? text : JSON.writeValueAsString(value);
    }
}
