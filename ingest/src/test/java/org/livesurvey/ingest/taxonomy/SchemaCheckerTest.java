package org.livesurvey.ingest.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How schema violations read, keyword by keyword, for the cases the fixture taxonomies do not show. */
class SchemaCheckerTest {

    private static final SchemaChecker CHECKER = SchemaChecker.fromClasspath();

    private final YamlDocumentReader reader = new YamlDocumentReader();

    @Test
    void aRepeatedListEntryIsReportedAtTheRepetition() {
        assertThat(check(SchemaKind.PAPER, """
                id: a-paper
                title: A paper
                authors: []
                categories: [reasoning]
                tags:
                  - rl
                  - sft
                  - rl
                """)).containsExactly("8: tags[2]: 'rl' repeats tags[0]");
    }

    @Test
    void aRangeClaimNeedsBothEnds() {
        assertThat(check(SchemaKind.PAPER, """
                id: a-paper
                title: A paper
                authors: []
                categories: [reasoning]
                claims:
                  - id: speed
                    metric: speedup
                  - id: range
                    metric: speedup
                    min: 1
                """)).containsExactly(
                "6: claims[0]: required field 'max' is missing (a claim has a value, or min and max for a range, not both)",
                "6: claims[0]: required field 'min' is missing (a claim has a value, or min and max for a range, not both)",
                "8: claims[1]: required field 'max' is missing (a claim has a value, or min and max for a range, not both)");
    }

    @Test
    void aFileThatIsNotAMappingSaysSo() {
        assertThat(check(SchemaKind.PAPER, "- id: a\n- id: b\n"))
                .containsExactly("1: expected a mapping of fields, found a list");
    }

    @Test
    void modalitiesAndTrainingRegimesAreFixedWords() {
        assertThat(check(SchemaKind.PAPER, """
                id: a-paper
                title: A paper
                authors: []
                categories: [Reasoning/RL]
                modality: [text, speech]
                training: RL
                """)).containsExactly(
                "4: categories[0]: 'Reasoning/RL' is not a category path: kebab-case ids joined by /"
                        + " (e.g. efficiency/token-compression)",
                "5: modality[1]: 'speech' is not one of text, image, video, audio, multimodal, code",
                "6: training: 'RL' is not one of training-free, sft, rl, distillation, pretraining,"
                        + " preference-optimization, did you mean 'rl'?");
    }

    @Test
    void categoryNodesAreCheckedAtEveryDepth() {
        assertThat(check(SchemaKind.CATEGORIES, """
                categories:
                  - id: efficiency
                    name: Efficiency
                    description: Cheaper models.
                    children:
                      - id: Token_Compression
                        name: Token compression
                        children: []
                      - id: pruning
                        name: Pruning
                        description: ""
                        keywords: pruning
                """)).containsExactly(
                "6: categories[0].children[0].id: 'Token_Compression' is not a kebab-case word (lower-case letters"
                        + " and digits joined by single hyphens)",
                "6: categories[0].children[0]: required field 'description' is missing",
                "11: categories[0].children[1].description: '' is not a non-blank text",
                "12: categories[0].children[1].keywords: expected a list, found the text 'pruning'");
    }

    @Test
    void reproductionParametersHaveValuesAndTolerancesAreNotNegative() {
        assertThat(check(SchemaKind.REPRODUCTION, """
                id: dymu-cpu
                paper: "2504.17040"
                experiment: dymu
                hardware: cpu
                config: cpu
                parameters:
                  layers:
                checks:
                  - claim: token-reduction-low
                    metric: kept_token_reduction_pct
                    rule: at-most
                    tolerance: -1
                """)).containsExactly(
                "7: parameters.layers: must not be an empty value",
                "12: checks[0].tolerance: must be at least 0, found -1");
    }

    @Test
    void howAReproductionRunsIsChecked() {
        assertThat(check(SchemaKind.REPRODUCTION, """
                id: otc-cpu
                paper: "2504.14870"
                experiment: otc
                hardware: cpu
                config: cpuu
                seed: 3000000000
                timeout: 10 minutes
                checks:
                  - claim: tool-call-reduction
                    metric: tool_call_reduction.otc_grpo
                    rule: within
                    tolerance: 25
                """)).containsExactly(
                "5: config: 'cpuu' is not one of smoke, cpu, gpu, did you mean 'cpu'?",
                "6: seed: must be at most 2147483647, found 3000000000",
                "7: timeout: '10 minutes' is not an ISO-8601 duration in hours, minutes and seconds (e.g. PT10M,"
                        + " the default; at most PT1H)");
    }

    @Test
    void aMissingListIsNamed() {
        assertThat(check(SchemaKind.REPRODUCTION,
                "id: x\npaper: \"2504.17040\"\nexperiment: dymu\nhardware: gpu\nconfig: gpu\n"))
                .containsExactly("1: required field 'checks' is missing");
    }

    /** The problems as {@code line: message}. */
    private List<String> check(SchemaKind kind, String yaml) {
        Path file = Path.of("x.yaml");
        YamlDocumentReader.Result parsed = reader.read(file, yaml);
        assertThat(parsed.problems()).isEmpty();
        return CHECKER.check(kind, file, parsed.document()).stream().sorted()
                .map(problem -> problem.line() + ": " + problem.message()).toList();
    }
}
