package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The experiment contract, runner/result.schema.json, as the runner enforces it: every problem names its field. */
class ResultValidatorTest {

    private final ResultValidator validator = new ResultValidator(ResultFiles.SCHEMA);

    @Test
    void readsAValidResult() {
        ExperimentResult result = validator.read(ResultFiles.valid());

        assertThat(result.experiment()).isEqualTo("otc");
        assertThat(result.experimentVersion()).isEqualTo("1.0.0");
        assertThat(result.config()).isEqualTo("smoke");
        assertThat(result.seed()).isZero();
        assertThat(result.startedAt()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
        assertThat(result.finishedAt()).isEqualTo(Instant.parse("2025-06-01T12:00:08Z"));
        assertThat(result.metrics()).containsEntry("tool_call_reduction.otc_grpo", 70.8241).hasSize(3);
        assertThat(result.parameters()).containsEntry("entities", 40);
        assertThat(result.environment()).containsEntry("gpu_model", null).containsEntry("torch", "1.13.0a0");
        assertThat(result.scale()).startsWith("synthetic 1-3-hop");
        assertThat(result.ranOn()).isEqualTo(HardwareClass.CPU);
        assertThat(result.json()).isEqualTo(ResultFiles.valid());
    }

    @Test
    void aResultFromCudaRanOnAGpu() {
        ExperimentResult result = validator.read(ResultFiles.validWith(r -> {
            ObjectNode environment = (ObjectNode) r.get("environment");
            environment.put("device", "cuda").put("gpu_model", "NVIDIA H100 80GB HBM3").put("cuda_version", "12.4");
        }));

        assertThat(result.ranOn()).isEqualTo(HardwareClass.GPU);
    }

    @Test
    void namesAMetricThatIsNoNumber() {
        assertProblems(r -> ((ObjectNode) r.get("metrics")).put("accuracy.otc_grpo", "high"),
                "/metrics/accuracy.otc_grpo: string found, number expected");
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        assertProblems(r -> r.remove(List.of("scale", "environment")),
                "required property 'environment' not found", "required property 'scale' not found");
    }

    @Test
    void refusesFieldsOutsideTheContract() {
        assertProblems(r -> r.put("notes", "free text belongs in details"), "property 'notes' is not defined");
    }

    @Test
    void refusesAMetricNameWithSpaces() {
        assertProblems(r -> ((ObjectNode) r.get("metrics")).put("tool calls", 3), "tool calls");
    }

    @Test
    void refusesAnEnvironmentWithoutItsLibraryVersions() {
        assertProblems(r -> ((ObjectNode) r.get("environment")).remove("torch"),
                "/environment: required property 'torch' not found");
    }

    @Test
    void refusesATimeThatIsNoDate() {
        assertProblems(r -> r.put("started_at", "2025-02-30T12:00:00Z"), "/started_at: '2025-02-30T12:00:00Z'");
        assertProblems(r -> r.put("finished_at", "yesterday"), "/finished_at");
    }

    @Test
    void saysWhereTextIsNotJson() {
        assertThatThrownBy(() -> validator.read("{\"experiment\": \"otc\",\n  \"seed\": }"))
                .isInstanceOfSatisfying(InvalidRunResultException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith("not JSON: ").contains("line 2"));
        assertThatThrownBy(() -> validator.read(""))
                .isInstanceOfSatisfying(InvalidRunResultException.class, e -> assertThat(e.problems())
                        .containsExactly("the file is empty"));
        assertThatThrownBy(() -> validator.read("[1, 2]"))
                .isInstanceOfSatisfying(InvalidRunResultException.class, e -> assertThat(e.problems())
                        .singleElement().asString().contains("array found, object expected"));
    }

    @Test
    void aValidResultOfAnotherJobIsRefusedFieldByField() {
        ExperimentResult result = validator.read(ResultFiles.valid());

        ResultValidator.requireMatch(result, "otc", "smoke", 0);
        assertThatThrownBy(() -> ResultValidator.requireMatch(result, "dymu", "cpu", 7))
                .isInstanceOfSatisfying(InvalidRunResultException.class, e -> assertThat(e.problems()).containsExactly(
                        "/experiment: 'otc', but the run is of 'dymu'",
                        "/config: 'smoke', but the run asked for 'cpu'",
                        "/seed: 0, but the run asked for 7"));
    }

    @Test
    void saysWhenTheSchemaIsMissing() {
        ResultValidator nowhere = new ResultValidator(Path.of("target/no-such-schema.json"));

        assertThatThrownBy(() -> nowhere.read(ResultFiles.valid()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-schema.json does not exist");
    }

    private void assertProblems(Consumer<ObjectNode> change, String... expected) {
        String result = ResultFiles.validWith(change);
        assertThatThrownBy(() -> validator.read(result))
                .isInstanceOfSatisfying(InvalidRunResultException.class, e -> {
                    for (String problem : expected) {
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(problem));
                    }
                });
    }
}
