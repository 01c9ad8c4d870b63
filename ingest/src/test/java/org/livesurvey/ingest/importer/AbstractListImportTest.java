package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;

class AbstractListImportTest {

    private static final Path FOUNDING_PAPERS = Path.of("seed/founding-papers.yaml");
    private static final Path TEN_ABSTRACTS = Path.of("src/test/resources/importer/ten-abstracts.txt");
    private static final Path CORPUS_SAMPLE = Path.of("src/test/resources/source/corpus-sample.jsonl");

    @TempDir
    Path scratch;
    private Path taxonomy;

    @BeforeEach
    void createTaxonomy() throws IOException {
        taxonomy = TaxonomyFixtures.emptyTaxonomy(scratch);
    }

    @Test
    void theFoundingPapersComeInTheOrderOfTheirAbstracts() {
        ImportReport report = new AbstractListImport().run(TEN_ABSTRACTS, FOUNDING_PAPERS, taxonomy);

        assertThat(report.summary()).isEqualTo("10 added, 0 merged, 0 unchanged, 0 conflicts, 0 near misses, 0 errors");
        assertThat(read("2504.17040").abstractText()).isEqualTo("Stand-in abstract number 1 for a test.");
        assertThat(read("2504.14870").abstractText()).isEqualTo("Stand-in abstract number 2 for a test.");
        assertThat(read("2503.01935").abstractText()).isEqualTo("Stand-in abstract number 10 for a test.");
        assertThat(read("2503.06072").authors()).isEmpty();
        assertThat(read("2503.06072").categories())
                .containsExactly("fine-tuning", "alignment", "reasoning", "efficiency", "integration");
    }

    @Test
    void theFoundingPapersCarryTheirCheckedClaims() {
        new AbstractListImport().run(TEN_ABSTRACTS, FOUNDING_PAPERS, taxonomy);

        Paper dymu = read("2504.17040");
        assertThat(dymu.claims()).hasSize(14);
        assertThat(dymu.claims()).filteredOn(c -> c.id().equals("token-reduction-low")).singleElement()
                .satisfies(c -> {
                    assertThat(c.value()).isEqualTo(84.5);
                    assertThat(c.unit()).isEqualTo("percent");
                    assertThat(c.where()).isEqualTo("Table 2");
                });
        assertThat(dymu.claims()).filteredOn(c -> c.id().equals("token-reduction-range")).singleElement()
                .satisfies(c -> assertThat(new double[] {c.min(), c.max()}).containsExactly(32, 85));
        assertThat(dymu.claims()).filteredOn(c -> c.metric().equals("qk_attention_mflops"))
                .extracting(c -> c.value()).containsExactly(1359.0, 64.9, 311.5, 1272.0);
        Paper otc = read("2504.14870");
        assertThat(otc.claims()).extracting(c -> c.value()).containsExactly(73.1, 229.4);
        assertThat(otc.venue()).isNull();
        assertThat(otc.categories()).first().isEqualTo("efficiency/reasoning-economy/agentic");
    }

    @Test
    void aFoundingPaperInTheCorpusTakesTheSeedsMetadataAndKeepsTheCorpusSources() {
        new CorpusImport().run(CORPUS_SAMPLE, taxonomy);

        ImportReport report = new AbstractListImport().run(TEN_ABSTRACTS, FOUNDING_PAPERS, taxonomy);

        assertThat(report.summary()).isEqualTo("9 added, 1 merged, 0 unchanged, 0 conflicts, 0 near misses, 0 errors");
        Paper dymu = read("2504.17040");
        assertThat(dymu.authors()).startsWith("Zhenhailong Wang", "Senthil Purushwalkam");
        assertThat(dymu.published()).isEqualTo(new PartialDate(2025, 4, 23));
        assertThat(dymu.venue()).isEqualTo("NeurIPS 2025");
        assertThat(dymu.modality()).containsExactly("text", "image", "video");
        assertThat(dymu.training()).isEqualTo("training-free");
        assertThat(dymu.links().project()).isEqualTo("https://mikewangwzhl.github.io/dymu/");
        assertThat(dymu.abstractText()).isEqualTo("Stand-in abstract number 1 for a test.");
        assertThat(dymu.sources()).containsExactly(
                new Source("joslefaure/Awesome-Multimodal-Token-Compression", "Image-LLM > 2025 Image"),
                new Source("joslefaure/Awesome-Multimodal-Token-Compression", "Video-LLM > 2025 Video"));

        assertThat(new AbstractListImport().run(TEN_ABSTRACTS, FOUNDING_PAPERS, taxonomy).summary())
                .isEqualTo("0 added, 0 merged, 10 unchanged, 0 conflicts, 0 near misses, 0 errors");
        assertThat(new CorpusImport().run(CORPUS_SAMPLE, taxonomy).summary())
                .isEqualTo("0 added, 0 merged, 8 unchanged, 0 conflicts, 0 near misses, 3 errors");
    }

    @Test
    void listsOfDifferentLengthsAreNotPaired() {
        Path twoPapers = Path.of("src/test/resources/importer/two-papers.yaml");

        assertThatThrownBy(() -> new AbstractListImport().run(TEN_ABSTRACTS, twoPapers, taxonomy))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(TEN_ABSTRACTS + " has 10 abstracts but " + twoPapers
                        + " describes 2 papers; they are paired in order");
        assertThat(taxonomy.resolve("papers")).doesNotExist();
    }

    @Test
    void anEntryWithACategoryOutsideTheTreeIsAnErrorAndTheOthersAreImported() throws IOException {
        Path twoAbstracts = scratch.resolve("two.txt");
        Files.writeString(twoAbstracts, "Abstract:One.\n\nAbstract:Two.\n");

        ImportReport report = new AbstractListImport().run(twoAbstracts,
                Path.of("src/test/resources/importer/two-papers.yaml"), taxonomy);

        assertThat(report.errors()).containsExactly(twoAbstracts
                + ":3: 2501.00012 needs categories of the tree; unknown: [efficiency/no-such-node]");
        assertThat(report.summary()).isEqualTo("1 added, 0 merged, 0 unchanged, 0 conflicts, 0 near misses, 1 errors");
        assertThat(read("2501.00011").published()).isEqualTo(new PartialDate(2025, 1, 15));
    }

    @Test
    void metadataThatIsNotInThePaperFormatIsRejectedWithItsPlace() throws IOException {
        Path metadata = scratch.resolve("bad.yaml");
        Files.writeString(metadata, "papers:\n  - id: 2504.17040\n    title: Unquoted id\n");

        Path oneAbstract = scratch.resolve("one.txt");
        Files.writeString(oneAbstract, "Abstract:One.\n");

        assertThatThrownBy(() -> new AbstractListImport().run(oneAbstract, metadata, taxonomy))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(metadata + ":2: papers[0]: id: expected text, found the number 2504.1704 (put the value in"
                        + " quotes); " + metadata + ":2: papers[0]: required field 'authors' is missing; " + metadata
                        + ":2: papers[0]: required field 'categories' is missing");
    }

    private Paper read(String id) {
        return ExistingTaxonomy.read(taxonomy).papers().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + id));
    }
}
