package org.livesurvey.ingest.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.ContributionType;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Reproduction;
import org.livesurvey.ingest.model.Source;
import org.livesurvey.ingest.model.Taxonomy;

class TaxonomyReaderTest {

    private static final Path VALID = Path.of("src/test/resources/validate/valid");

    private final TaxonomyReader reader = new TaxonomyReader();

    @TempDir
    Path temp;

    @Test
    void readsAFullyPopulatedPaper() {
        Taxonomy taxonomy = reader.read(VALID).taxonomy();

        Paper dymu = taxonomy.papers().stream().filter(p -> p.id().equals("2504.17040")).findFirst().orElseThrow();
        assertThat(dymu).isEqualTo(new Paper(
                "2504.17040",
                "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs",
                List.of("Zhenhailong Wang", "Senthil Purushwalkam"),
                PartialDate.parse("2025-04-23"),
                PartialDate.parse("2025-10-01"),
                "NeurIPS 2025",
                new Identifiers("2504.17040", "10.48550/arXiv.2504.17040"),
                new Links("https://arxiv.org/abs/2504.17040", "https://arxiv.org/pdf/2504.17040",
                        "https://github.com/MikeWangWZHL/dymu", "https://mikewangwzhl.github.io/dymu/"),
                "We present DyMU, an efficient, training-free framework that dynamically reduces the computational"
                        + " burden of vision-language models.",
                List.of("efficiency/token-compression"),
                List.of("token-merging", "training-free"),
                ContributionType.METHOD,
                List.of("image", "text"),
                "training-free",
                List.of(new Claim("token-reduction-low",
                                "DyMU-low keeps 15.5% of the 576 visual tokens while reaching 97.5% of the baseline"
                                        + " score.",
                                "visual_token_reduction", 84.5, null, null, "percent",
                                "LLaVA-1.5-7B with CLIP ViT-L/14-336, DyMU-low (r=21 per layer)", "Table 2"),
                        new Claim("token-reduction-range", null, "visual_token_reduction", null, 32.0, 85.0,
                                "percent", null, "Abstract")),
                List.of(new Source("joslefaure/Awesome-Multimodal-Token-Compression", "Image-LLM > 2025 Image"))));
    }

    @Test
    void readsAMinimalPaperWithEmptyListsAndNoOptionalFields() {
        Taxonomy taxonomy = reader.read(VALID).taxonomy();

        Paper card = taxonomy.papers().stream().filter(p -> p.id().equals("claude-3-7-sonnet-system-card"))
                .findFirst().orElseThrow();
        assertThat(card).isEqualTo(new Paper("claude-3-7-sonnet-system-card", "Claude 3.7 Sonnet System Card",
                List.of(), null, null, null, Identifiers.NONE,
                new Links("https://www.anthropic.com/claude-3-7-sonnet-system-card", null, null, null),
                null, List.of("reasoning"), List.of(), null, List.of(), null, List.of(), List.of()));
    }

    @Test
    void readsTheCategoryTreeWithPaths() {
        List<Category> tree = reader.read(VALID).taxonomy().categories();

        Category longToShort = new Category("efficiency/reasoning-economy/long2short-rl", "long2short-rl",
                "Long-to-short RL", "Reinforcement learning that rewards shorter correct reasoning.", List.of(),
                List.of());
        Category reasoningEconomy = new Category("efficiency/reasoning-economy", "reasoning-economy",
                "Reasoning economy", "Spending as much reasoning as a question needs, and no more.", List.of(),
                List.of(longToShort));
        Category tokenCompression = new Category("efficiency/token-compression", "token-compression",
                "Token compression", "Fewer visual or textual tokens for the same answer.",
                List.of("token merging", "token pruning"), List.of());
        assertThat(tree).extracting(Category::path).containsExactly("fine-tuning", "reasoning", "efficiency");
        assertThat(tree.get(0).keywords()).containsExactly("supervised fine-tuning", "instruction tuning");
        assertThat(tree.get(2)).isEqualTo(new Category("efficiency", "efficiency", "Efficiency",
                "Making post-trained models cheaper to run.", List.of(), List.of(tokenCompression, reasoningEconomy)));
    }

    @Test
    void readsAReproduction() {
        List<Reproduction> reproductions = reader.read(VALID).taxonomy().reproductions();

        // seed and timeout are left out of the file: their defaults apply
        assertThat(reproductions).containsExactly(new Reproduction("dymu-cpu", "2504.17040", "dymu", "cpu", "cpu",
                Map.of("layers", 4, "thresholds", List.of(0.5, 0.7)), 0, "P7D", Duration.ofMinutes(10),
                List.of(new Reproduction.ClaimCheck("token-reduction-low", "kept_token_reduction_pct", "within", 10.0),
                        new Reproduction.ClaimCheck("token-reduction-range", "kept_token_reduction_pct", "within",
                                0))));
        assertThat(reproductions.get(0).parameters().keySet()).containsExactly("layers", "thresholds");
    }

    @Test
    void readsHowAReproductionRuns() throws IOException {
        Path taxonomy = copyOfValid();
        Files.writeString(taxonomy.resolve("reproductions/dymu-cpu.yaml"), """
                id: dymu-cpu
                paper: "2504.17040"
                experiment: dymu
                hardware: gpu
                config: gpu
                seed: 42
                timeout: PT1H
                parameters: {images: 64, calibration_images: 256}
                checks:
                  - claim: token-reduction-low
                    metric: visual_token_reduction.low
                    rule: at-most
                """);

        Reproduction read = reader.read(taxonomy).taxonomy().reproductions().get(0);

        assertThat(read).isEqualTo(new Reproduction("dymu-cpu", "2504.17040", "dymu", "gpu", "gpu",
                Map.of("images", 64, "calibration_images", 256), 42, null, Duration.ofHours(1),
                List.of(new Reproduction.ClaimCheck("token-reduction-low", "visual_token_reduction.low", "at-most",
                        0))));
        assertThat(read.parameters().keySet()).containsExactly("images", "calibration_images");
        assertThat(read.checks().get(0).tolerance()).as("no tolerance given: exact").isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "PT0S | P7D | timeout: 'PT0S' leaves the run no time at all",
            "PT99999999999999999999H | P7D | timeout: 'PT99999999999999999999H' is longer than PT1H, the most one run"
                    + " may take (run longer experiments elsewhere and import their result)",
            "PT1H | PT0M | schedule: 'PT0M' would re-run without pause (leave schedule out to run only on request)"})
    void aTimeoutOrScheduleThatCannotWorkIsReportedAndTheSpecLeftOut(String timeout, String schedule, String problem)
            throws IOException {
        Path taxonomy = copyOfValid();
        Path spec = taxonomy.resolve("reproductions/dymu-cpu.yaml");
        Files.writeString(spec, Files.readString(spec).replace("schedule: P7D",
                "schedule: " + schedule + "\ntimeout: " + timeout));

        TaxonomyReading reading = reader.read(taxonomy);

        assertThat(reading.problems()).extracting(p -> p.format(taxonomy)).containsExactly(
                "reproductions/dymu-cpu.yaml:" + (problem.startsWith("timeout") ? 7 : 6) + ": " + problem);
        assertThat(reading.reproductions()).isEmpty();
    }

    @Test
    void knowsWhereEachObjectCameFrom() {
        TaxonomyReading reading = reader.read(VALID);

        Located<Paper> otc = reading.papers().get(0);
        assertThat(otc.file()).isEqualTo(VALID.resolve("papers/2504.14870.yaml"));
        assertThat(otc.document().lineOf("/categories/1")).isEqualTo(7);
        assertThat(reading.paperFileIds()).hasSize(5).contains("hep-th-9901001");
        assertThat(reading.reproductionFiles()).isEqualTo(1);
    }

    @Test
    void skipsHiddenAndTemporaryFilesButReportsOtherStrangers() throws IOException {
        Path taxonomy = copyOfValid();
        Path papers = taxonomy.resolve("papers");
        Files.writeString(papers.resolve(".writing-123.tmp"), "half a file");
        Files.writeString(papers.resolve(".hidden.yaml"), "not: [valid");
        Files.writeString(papers.resolve("2504.17040.yaml~"), "an editor's backup");
        Files.writeString(papers.resolve("2504.99999.yml"), "id: x");
        Files.createDirectories(papers.resolve("drafts"));

        TaxonomyReading reading = reader.read(taxonomy);

        assertThat(reading.problems()).extracting(p -> p.format(taxonomy)).containsExactly(
                "papers/2504.99999.yml: not a paper file: papers/ holds only <id>.yaml files",
                "papers/drafts: not a paper file: papers/ holds only <id>.yaml files");
        assertThat(reading.papers()).hasSize(5);
    }

    @Test
    void reportsAMissingCategoryTreeAndPapersDirectory() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        TaxonomyReading reading = reader.read(empty);

        assertThat(reading.problems()).extracting(p -> p.format(empty)).containsExactly(
                "categories.yaml: missing: the category tree is required",
                "papers: missing: the directory of paper files is required");
        assertThat(reading.categoryTree()).isNull();
        assertThat(reading.taxonomy().papers()).isEmpty();
    }

    @Test
    void aFileWithSeveralProblemsReportsThemAllAndIsLeftOut() throws IOException {
        Path taxonomy = copyOfValid();
        Files.writeString(taxonomy.resolve("papers/2504.14870.yaml"), """
                id: "2504.14870"
                title: OTC
                title: OTC again
                published: "2025-02-30"
                categories: []
                """);

        TaxonomyReading reading = reader.read(taxonomy);

        assertThat(reading.problems()).extracting(p -> p.format(taxonomy)).containsExactly(
                "papers/2504.14870.yaml:1: required field 'authors' is missing",
                "papers/2504.14870.yaml:3: title: duplicate key (first given at line 2)",
                "papers/2504.14870.yaml:4: published: '2025-02-30' is not a date that exists",
                "papers/2504.14870.yaml:5: categories: needs at least one entry");
        assertThat(reading.papers()).extracting(p -> p.value().id()).doesNotContain("2504.14870");
    }

    private Path copyOfValid() throws IOException {
        Path taxonomy = temp.resolve("taxonomy");
        for (String dir : List.of("papers", "reproductions")) {
            Files.createDirectories(taxonomy.resolve(dir));
            try (var files = Files.list(VALID.resolve(dir))) {
                for (Path file : files.toList()) {
                    Files.copy(file, taxonomy.resolve(dir).resolve(file.getFileName().toString()));
                }
            }
        }
        Files.copy(VALID.resolve("categories.yaml"), taxonomy.resolve("categories.yaml"));
        return taxonomy;
    }
}
