package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {

    @TempDir
    Path experiments;

    @Test
    void isTheContractsCommandLineWithOneParamPerOverrideInKeyOrder() throws IOException {
        Files.createDirectories(experiments.resolve("otc"));
        Files.writeString(experiments.resolve("otc/run.py"), "");
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("steps", 40);
        overrides.put("device", "cpu");
        overrides.put("rate", 0.5);
        overrides.put("deterministic", true);
        overrides.put("sizes", List.of(1, 2));

        List<String> command = ExperimentCommand.of(Path.of("/usr/bin/python3"), experiments,
                job("otc", overrides), Path.of("/work/run-1/result.json"));

        assertThat(command).containsExactly("/usr/bin/python3", experiments.resolve("otc/run.py").toString(),
                "--config", "smoke", "--seed", "7", "--output", "/work/run-1/result.json",
                "--param", "deterministic=true", "--param", "device=cpu", "--param", "rate=0.5",
                "--param", "sizes=[1,2]", "--param", "steps=40");
    }

    @Test
    void refusesAnExperimentWithoutRunPy() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExperimentCommand.of(Path.of("python3"), experiments, job("dymu", Map.of()),
                        Path.of("/tmp/result.json")))
                .withMessage("the experiment 'dymu' has no " + experiments.resolve("dymu/run.py"));
    }

    @Test
    void refusesANameThatLeavesTheExperimentsDirectory() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExperimentCommand.script(experiments, "../../etc"))
                .withMessage("'../../etc' is not an experiment name");
    }

    @Test
    void putsTheExperimentsDirectoryOnThePythonPath() {
        assertThat(ExperimentCommand.environment(experiments))
                .containsEntry("PYTHONPATH", experiments.toString())
                .containsEntry("PYTHONUNBUFFERED", "1");
    }

    private static JobSpec job(String experiment, Map<String, Object> overrides) {
        return new JobSpec(1, 1, "test", "2504.14870", experiment, "smoke", overrides, 7, Duration.ofMinutes(1),
                HardwareClass.CPU, "hash");
    }
}
