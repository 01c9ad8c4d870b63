package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Source;

class CorpusImportTest {

    private static final Path SAMPLE = Path.of("src/test/resources/source/corpus-sample.jsonl");
    private static final Path FIXTURES = Path.of("src/test/resources/importer");

    @TempDir
    Path scratch;
    private Path taxonomy;

    @BeforeEach
    void createTaxonomy() throws IOException {
        taxonomy = TaxonomyFixtures.emptyTaxonomy(scratch);
    }

    @Test
    void importsEveryReadableRecordAndReportsBrokenLinesByNumber() {
        ImportReport report = new CorpusImport().run(SAMPLE, taxonomy);

        assertThat(report.errors()).satisfiesExactly(
                cutShort -> assertThat(cutShort).startsWith(SAMPLE + ":3: not valid JSON: "),
                noCategory -> assertThat(noCategory).isEqualTo(SAMPLE + ":8: missing required field 'category'"),
                textYear -> assertThat(textYear).isEqualTo(SAMPLE + ":10: 'year' must be a whole number"));
        // line 5 links its title to the arXiv id of another paper; its title then finds 2407.11511 (line 7)
        assertThat(report.summary()).isEqualTo("7 added, 1 merged, 0 unchanged, 0 conflicts, 0 near misses, 3 errors");
        assertThat(report.warnings()).containsExactly(SAMPLE + ":5: arXiv 2302.06476 belongs to another paper than"
                + " 'Reasoning with Large Language Models: A Survey'; ignored");
        assertThat(paperIds()).containsExactly("2009.01325", "2305.20050", "2406.06592", "2407.11511",
                "2504.17040", "anthropic-claude-3-7-sonnet-and-claude-code",
                "language-models-learn-to-mislead-humans-via-rlhf");
    }

    @Test
    void writesTheWholePaperFileFromARecord() throws IOException {
        new CorpusImport().run(SAMPLE, taxonomy);

        assertThat(taxonomy.resolve("papers/2009.01325.yaml"))
                .hasSameTextualContentAs(FIXTURES.resolve("expected-2009.01325.yaml"));
    }

    @Test
    void duplicatesWithinTheInputBecomeOnePaperWithTheSourcesOfBoth() {
        new CorpusImport().run(SAMPLE, taxonomy);

        Paper survey = read("2407.11511");
        assertThat(survey.title()).isEqualTo("Reasoning with Large Language Models, a Survey");
        assertThat(survey.identifiers().arxiv()).isEqualTo("2407.11511");
        assertThat(survey.sources()).containsExactly(new Source("mbzuai-oryx/Awesome-LLM-Post-training",
                "Papers > Survey"));
        assertThat(survey.contribution().key()).isEqualTo("survey");
    }

    @Test
    void aSecondRunWritesNothing() throws IOException {
        new CorpusImport().run(SAMPLE, taxonomy);
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        for (Path file : paperFiles()) {
            Files.setLastModifiedTime(file, FileTime.from(longAgo));
        }
        Map<String, String> before = contents();

        ImportReport second = new CorpusImport().run(SAMPLE, taxonomy);

        assertThat(second.summary()).isEqualTo("0 added, 0 merged, 8 unchanged, 0 conflicts, 0 near misses, 3 errors");
        assertThat(second.written()).isEmpty();
        assertThat(contents()).isEqualTo(before);
        assertThat(paperFiles()).allSatisfy(file ->
                assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(longAgo));
    }

    @Test
    void aRecordMatchingAFileByTitleKeepsWhatTheFileSaysAndGainsItsSource() throws IOException {
        Files.createDirectories(taxonomy.resolve("papers"));
        Files.copy(FIXTURES.resolve("mislead-humans-rlhf.yaml"), taxonomy.resolve("papers/mislead-humans-rlhf.yaml"));

        ImportReport report = new CorpusImport().run(SAMPLE, taxonomy);

        assertThat(report.summary()).isEqualTo("6 added, 2 merged, 0 unchanged, 0 conflicts, 0 near misses, 3 errors");
        assertThat(paperIds()).contains("mislead-humans-rlhf")
                .doesNotContain("language-models-learn-to-mislead-humans-via-rlhf");
        Paper curated = read("mislead-humans-rlhf");
        assertThat(curated.title()).isEqualTo("Language models learn to mislead humans via RLHF.");
        assertThat(curated.authors()).containsExactly("A. Curator");
        assertThat(curated.abstractText()).isEqualTo("An abstract a contributor added by hand.");
        assertThat(curated.categories()).containsExactly("alignment/safety");
        assertThat(curated.claims()).containsExactly(
                new Claim("hand-written-claim", null, "human_error_rate", 12.5, null, null, "percent", null, null));
        assertThat(curated.sources()).containsExactly(new Source("opendilab/awesome-RLHF", "Papers > 2025"));
        // what the file left empty is filled in from the record
        assertThat(curated.links().paper()).isEqualTo("https://arxiv.org/abs/2503.00897");
    }

    @Test
    void titlesWithoutArxivIdGetSlugsThatNeverCollideAndDoisGetDoiIds() throws IOException {
        ImportReport report = new CorpusImport().run(FIXTURES.resolve("slug-collision.jsonl"), taxonomy);

        assertThat(report.summary()).isEqualTo("3 added, 0 merged, 0 unchanged, 0 conflicts, 1 near misses, 0 errors");
        assertThat(report.nearMisses()).singleElement().asString().endsWith(": title similarity 0.96, but the titles"
                + " name different numbers; added as a new paper (merge by hand, or add distinct_from)");
        assertThat(paperIds()).containsExactlyInAnyOrder(
                "doi-10-1007-bf00992696",
                "efficient-reasoning-for-large-language-models-with-adaptive-budgets-over-many",
                "efficient-reasoning-for-large-language-models-with-adaptive-budgets-over-many-2");
        Paper first = read("efficient-reasoning-for-large-language-models-with-adaptive-budgets-over-many");
        assertThat(first.venue()).isEqualTo("ICLR 2025");
        assertThat(first.published()).hasToString("2025");
        assertThat(first.links().paper()).isEqualTo("https://openreview.net/forum?id=one");
        assertThat(first.links().pdf()).isNull();
        assertThat(first.categories()).containsExactly("efficiency/reasoning-economy/post-training/long2short-rl");
        assertThat(first.training()).isEqualTo("rl");
        Paper second = read("efficient-reasoning-for-large-language-models-with-adaptive-budgets-over-many-2");
        assertThat(second.published()).isNull();
        assertThat(second.links().code()).isNull();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).endsWith(
                ":2: code_url 'github.com/no-scheme/repo' is not an http(s) link; left out"));
        assertThat(read("doi-10-1007-bf00992696").identifiers().doi()).isEqualTo("10.1007/BF00992696");
    }

    @Test
    void titlesAddTheNodesTheyNameWithinTheBranchesTheSectionsGive() {
        ImportReport report = new CorpusImport().run(FIXTURES.resolve("title-keywords.jsonl"), taxonomy);

        assertThat(report.summary()).isEqualTo("2 added, 0 merged, 0 unchanged, 0 conflicts, 0 near misses, 0 errors");
        // the RLHF list files it under "2024"; its title names DPO
        assertThat(read("2404.18922").categories())
                .containsExactly("alignment/rlhf", "alignment/direct-preference-optimization");
        // its title names SFT and DPO too, but it is listed under efficiency and reasoning only
        assertThat(read("2503.10460").categories())
                .containsExactly("efficiency/reasoning-economy", "reasoning/reinforcement-learning/training-resources");
    }

    @Test
    void aTaxonomyWithABrokenFileIsLeftAlone() throws IOException {
        Files.createDirectories(taxonomy.resolve("papers"));
        Files.writeString(taxonomy.resolve("papers/broken.yaml"), "id: broken\ntitle: [unclosed\n");

        assertThatThrownBy(() -> new CorpusImport().run(SAMPLE, taxonomy))
                .isInstanceOf(ExistingTaxonomy.TaxonomyNotImportableException.class);
        assertThat(paperIds()).containsExactly("broken");
    }

    private Paper read(String id) {
        return ExistingTaxonomy.read(taxonomy).papers().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + id));
    }

    private List<String> paperIds() {
        return paperFiles().stream().map(f -> f.getFileName().toString().replaceFirst("\\.yaml$", "")).toList();
    }

    private List<Path> paperFiles() {
        try (Stream<Path> files = Files.list(taxonomy.resolve("papers"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, String> contents() throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (Path file : paperFiles()) {
            contents.put(file.getFileName().toString(), Files.readString(file));
        }
        return contents;
    }
}
