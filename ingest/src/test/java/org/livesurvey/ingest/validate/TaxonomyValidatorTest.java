package org.livesurvey.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.livesurvey.ingest.validate.ValidationFixtures.copy;
import static org.livesurvey.ingest.validate.ValidationFixtures.fixture;
import static org.livesurvey.ingest.validate.ValidationFixtures.formatted;
import static org.livesurvey.ingest.validate.ValidationFixtures.validator;
import static org.livesurvey.ingest.validate.ValidationFixtures.validatorOn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.Paper;

class TaxonomyValidatorTest {

    @TempDir
    Path temp;

    @Test
    void theValidFixtureHasNoProblem() {
        ValidationReport report = validator().validate(fixture("valid"));

        assertThat(formatted(report, fixture("valid"))).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.taxonomy().papers()).extracting(Paper::id).containsExactly(
                "2504.14870", "2504.17040", "claude-3-7-sonnet-system-card", "doi-10-1145-3442188-3445922",
                "hep-th-9901001");
        assertThat(report.summary()).isEqualTo("checked 5 papers, 7 categories, 1 reproduction: 0 problems");
    }

    @Test
    void theBrokenFixtureGetsEveryProblemAtItsLine() {
        Path broken = fixture("broken");

        ValidationReport report = validator().validate(broken);

        assertThat(formatted(report, broken)).containsExactly(
                "categories.yaml:19: categories[1].children[2].id: duplicate id 'token-compression' among the"
                        + " children of efficiency (first at line 9)",
                "papers/2504.00001.yaml:5: categories[0]: unknown category 'efficiency/token-compresion',"
                        + " did you mean 'efficiency/token-compression'?",
                "papers/2504.00001.yaml:6: categories[1]: unknown category 'efficiency/long2short-rl',"
                        + " did you mean 'efficiency/reasoning-economy/long2short-rl'?",
                "papers/2504.00001.yaml:7: categories[2]: unknown category 'fine-tuning/sft'",
                "papers/2504.00002.yaml:4: published: '2025-4-3' is not a date YYYY, YYYY-MM or YYYY-MM-DD",
                "papers/2504.00003.yaml:4: published: '2025-02-30' is not a date that exists",
                "papers/2504.00004.yaml:1: id: expected text, found the number 2504.00004 (put the value in quotes)",
                "papers/2504.00004.yaml:3: authors: expected a list, found the text 'Jane Doe'",
                "papers/2504.00004.yaml:4: homepage: unknown field (allowed: id, title, authors, authors_truncated,"
                        + " published, updated, venue, identifiers, links, abstract, arxiv_categories, categories,"
                        + " tags, contribution, modality, training, claims, sources, former_ids, distinct_from)",
                "papers/2504.00004.yaml:6: contribution: 'methd' is not one of method, benchmark, survey, analysis,"
                        + " dataset, system, did you mean 'method'?",
                "papers/2504.00004.yaml:8: links.code: 'github.com/example/repo' is not an absolute http(s) URL",
                "papers/2504.00004.yaml:11: claims[0].metric: 'speed up' is not a metric name without spaces"
                        + " (e.g. visual_token_reduction)",
                "papers/2504.00004.yaml:13: claims[0].min: not allowed here (a claim has a value, or min and max"
                        + " for a range, not both)",
                "papers/2504.00005.yaml:1: id: '2504.00006' differs from the file name 2504.00005.yaml"
                        + " (the file must be named 2504.00006.yaml)",
                "papers/2504.00007.yaml:2: YAML syntax error: found unexpected end of stream"
                        + " (while scanning a quoted scalar started at line 2)",
                "papers/2504.00008.yaml:4: title: duplicate key (first given at line 2)",
                "papers/2504.00009.yaml:4: published: 2031-05 is in the future",
                "papers/2504.00009.yaml:5: updated: 2030-01-15 is before published 2031-05",
                "papers/2504.00009.yaml:5: updated: 2030-01-15 is in the future",
                "papers/2504.00009.yaml:7: identifiers.arxiv: '2504.00010' does not match the id '2504.00009'",
                "papers/2504.00009.yaml:13: claims[1].id: 'accuracy' repeats claims[0].id"
                        + " (claim ids are unique in a paper)",
                "papers/2504.00009.yaml:15: claims[1]: min 60 is greater than max 40",
                "papers/README.md: not a paper file: papers/ holds only <id>.yaml files",
                "papers/a-paper-with-misspelt-categories.yaml:2: duplicate of papers/2504.00001.yaml:"
                        + " same title (normalised: 'a paper with misspelt categories')",
                "papers/doi-10-48550-arxiv-2504-17040.yaml:5: duplicate of papers/2504.17040.yaml:"
                        + " same DOI 10.48550/ARXIV.2504.17040",
                "papers/dymu-again.yaml:5: duplicate of papers/2504.17040.yaml: same arXiv id 2504.17040",
                "reproductions/dymu-cpu.yaml:1: id: 'dymu-gpu' differs from the file name dymu-cpu.yaml"
                        + " (the file must be named dymu-gpu.yaml)",
                "reproductions/dymu-cpu.yaml:10: checks[1].claim: paper 2504.17040 has no claim"
                        + " 'token-reduction-high' (its claims: token-reduction-low)",
                "reproductions/dymu-on-a-laptop.yaml:5: config: 'gpu' needs hardware gpu, not 'cpu'",
                "reproductions/dymu-on-a-laptop.yaml:6: seed: must be at least 0, found -1",
                "reproductions/dymu-on-a-laptop.yaml:7: timeout: 'PT2H' is longer than PT1H, the most one run may"
                        + " take (run longer experiments elsewhere and import their result)",
                "reproductions/dymu-on-a-laptop.yaml:8: schedule: 'P0D' would re-run without pause (leave schedule"
                        + " out to run only on request)",
                "reproductions/dymu-on-a-laptop.yaml:10: parameters.config: give config as a field of its own, not as"
                        + " a parameter",
                "reproductions/dymu-on-a-laptop.yaml:11: parameters.seed: give seed as a field of its own, not as a"
                        + " parameter",
                "reproductions/dymu-on-a-laptop.yaml:17: checks[1].claim: 'token-reduction-low' is already checked"
                        + " by checks[0].claim (one check per claim)",
                "reproductions/dymu-typo.yaml:3: experiment: 'dymu2' has no runner/experiments/dymu2/run.py,"
                        + " did you mean 'dymu'?",
                "reproductions/missing-paper.yaml:2: paper: '2599.99999' does not exist"
                        + " (no papers/2599.99999.yaml)",
                "reproductions/otc-tpu.yaml:4: hardware: 'tpu' is not one of cpu, gpu",
                "reproductions/otc-tpu.yaml:5: schedule: 'every week' is not an ISO-8601 duration between re-runs"
                        + " (e.g. P7D)",
                "reproductions/otc-tpu.yaml:7: checks[0]: required field 'tolerance' is missing"
                        + " (the rule within needs a tolerance)");
        assertThat(report.summary()).isEqualTo("checked 12 papers, 5 categories, 5 reproductions: 40 problems");
    }

    @Test
    void filesWithProblemsOfTheirOwnAreLeftOutOfTheTaxonomy() {
        ValidationReport report = validator().validate(fixture("broken"));

        assertThat(report.taxonomy().papers()).extracting(Paper::id).containsExactly(
                "2504.00001", "2504.00006", "2504.00009", "2504.17040", "a-paper-with-misspelt-categories",
                "doi-10-48550-arxiv-2504-17040", "dymu-again");
        assertThat(report.taxonomy().reproductions()).hasSize(3);
    }

    @Test
    void datesAfterTomorrowAreInTheFuture() {
        // DyMU: published 2025-04-23, updated 2025-10-01; a paper dated tomorrow is today somewhere else
        ValidationReport report = validatorOn(Instant.parse("2025-04-22T08:00:00Z")).validate(fixture("valid"));

        assertThat(formatted(report, fixture("valid"))).containsExactly(
                "papers/2504.17040.yaml:8: updated: 2025-10-01 is in the future");
    }

    @Test
    void aBrokenCategoryTreeDoesNotMakeEveryPaperPathUnknown() throws IOException {
        Path taxonomy = copy("valid", temp.resolve("taxonomy"));
        Files.writeString(taxonomy.resolve("categories.yaml"), "categories:\n  - id: reasoning\n    name: [\n");

        ValidationReport report = validator().validate(taxonomy);

        assertThat(formatted(report, taxonomy)).containsExactly(
                "categories.yaml:3: YAML syntax error: expected the node content, but found '<stream end>'"
                        + " (while parsing a flow node)");
    }

    @Test
    void twoArxivPapersWithTheSameTitleAreDistinctPapers() throws IOException {
        Path taxonomy = copy("valid", temp.resolve("taxonomy"));
        Files.writeString(taxonomy.resolve("papers/2302.06476.yaml"), paperFile("2302.06476",
                "Reasoning with Large Language Models: A Survey"));
        Files.writeString(taxonomy.resolve("papers/2407.11511.yaml"), paperFile("2407.11511",
                "Reasoning with Large Language Models, a Survey"));
        Files.writeString(taxonomy.resolve("papers/reasoning-with-llms-a-survey.yaml"),
                paperFile("reasoning-with-llms-a-survey", "Reasoning with large language models - a survey"));

        ValidationReport report = validator().validate(taxonomy);

        assertThat(formatted(report, taxonomy)).containsExactly(
                "papers/reasoning-with-llms-a-survey.yaml:2: duplicate of papers/2302.06476.yaml: same title"
                        + " (normalised: 'reasoning with large language models a survey')");
    }

    @Test
    void aReproductionOfAPaperWhoseFileIsBrokenIsNotReportedTwice() throws IOException {
        Path taxonomy = copy("valid", temp.resolve("taxonomy"));
        Path paper = taxonomy.resolve("papers/2504.17040.yaml");
        Files.writeString(paper, Files.readString(paper).replace("contribution: method", "contribution: idea"));

        ValidationReport report = validator().validate(taxonomy);

        assertThat(formatted(report, taxonomy)).containsExactly(
                "papers/2504.17040.yaml:24: contribution: 'idea' is not one of method, benchmark, survey,"
                        + " analysis, dataset, system");
    }

    @Test
    void aRangeClaimIsCheckedWithWithin() throws IOException {
        Path taxonomy = copy("valid", temp.resolve("taxonomy"));
        Path spec = taxonomy.resolve("reproductions/dymu-cpu.yaml");
        Files.writeString(spec, Files.readString(spec).replace("rule: within\n    tolerance: 0", "rule: at-least"));

        assertThat(formatted(validator().validate(taxonomy), taxonomy)).containsExactly(
                "reproductions/dymu-cpu.yaml:15: checks[1].rule: at-least compares with a claim's value, but"
                        + " 'token-reduction-range' is a range (32 to 85): use within");
    }

    @Test
    void withoutARunnerBesideItTheTaxonomyIsCheckedWithoutTheExperimentRule() throws IOException {
        Path taxonomy = copy("valid", temp.resolve("taxonomy"));
        Path spec = taxonomy.resolve("reproductions/dymu-cpu.yaml");
        Files.writeString(spec, Files.readString(spec).replace("experiment: dymu", "experiment: not-written-yet"));

        assertThat(formatted(validator().validate(taxonomy), taxonomy)).isEmpty();
    }

    @Test
    void anExperimentFolderWithoutRunPyIsNotAnExperiment() throws IOException {
        Path taxonomy = copy("valid", temp.resolve("taxonomy"));
        Files.createDirectories(temp.resolve("runner/experiments/dymu"));
        Files.writeString(temp.resolve("runner/experiments/dymu/README.md"), "run.py is still to be written");

        ValidationReport report = validator().validate(taxonomy);

        assertThat(formatted(report, taxonomy)).containsExactly(
                "reproductions/dymu-cpu.yaml:3: experiment: 'dymu' has no runner/experiments/dymu/run.py");
    }

    @Test
    void aRelativeTaxonomyPathFindsTheRunnerBesideIt() throws IOException {
        Path taxonomy = copy("valid", temp.resolve("taxonomy"));
        Files.createDirectories(temp.resolve("runner/experiments"));
        Path relative = Path.of("").toAbsolutePath().relativize(taxonomy);

        ValidationReport report = validator().validate(relative);

        assertThat(formatted(report, relative)).containsExactly(
                "reproductions/dymu-cpu.yaml:3: experiment: 'dymu' has no runner/experiments/dymu/run.py");
    }

    @Test
    void aMissingDirectoryIsABadArgument() {
        assertThatThrownBy(() -> validator().validate(temp.resolve("nowhere")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no taxonomy directory at");
    }

    private static String paperFile(String id, String title) {
        return "id: \"" + id + "\"\ntitle: \"" + title + "\"\nauthors: []\ncategories: [reasoning]\n";
    }
}
