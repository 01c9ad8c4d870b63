package org.livesurvey.ingest.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.ContributionType;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;

/** What the importer writes, the reader reads back unchanged, and the schema accepts. */
class PaperFileRoundTripTest {

    private static final Path VALID = Path.of("src/test/resources/validate/valid");

    private static final String ABSTRACT = "We present DyMU: an efficient, training-free framework # not a comment"
            + " that reduces the cost of vision-language models (VLMs) by 32%-85%. It says \"hello\" and 'bye',"
            + " costs O($x^2$) with $\\mathcal{O}(N^2)$ terms \\emph{less}, and works for caf\u00e9 \u2014 \u03b1\u03b2"
            + " \u4e2d\u6587 \ud83d\ude80 alike.\nA second paragraph: - starts like a list item? {braces} [brackets]"
            + " & anchors *not-an-alias, trailing colon:";

    @TempDir
    Path temp;

    @Test
    void aFullyPopulatedPaperSurvivesWritingAndReading() throws IOException {
        Paper paper = new Paper(
                "2504.17040",
                "DyMU: \"Dynamic\" Merging & Virtual Unmerging \u2014 for Efficient VLMs #1",
                List.of("Zhenhailong Wang", "Dilek Hakkani-T\u00fcr", "Fran\u00e7ois O'Neil", "\u738b\u5c0f\u660e"),
                PartialDate.parse("2025-04-23"),
                PartialDate.parse("2025-10"),
                "NeurIPS 2025: Main Track",
                new Identifiers("2504.17040", "10.48550/arXiv.2504.17040"),
                new Links("https://arxiv.org/abs/2504.17040", "https://arxiv.org/pdf/2504.17040",
                        "https://github.com/MikeWangWZHL/dymu", "https://mikewangwzhl.github.io/dymu/#top"),
                ABSTRACT,
                List.of("efficiency/token-compression", "efficiency/reasoning-economy/long2short-rl"),
                List.of("token-merging", "training-free"),
                ContributionType.METHOD,
                List.of("image", "text"),
                "training-free",
                List.of(new Claim("token-reduction-low", "DyMU-low keeps 15.5% of the 576 tokens: 97.5% of the score.",
                                "visual_token_reduction", 84.5, null, null, "percent", "LLaVA-1.5-7B, r=21", "Table 2"),
                        new Claim("flops-range", null, "attention_mflops", null, 64.9, 1272.0, "MFLOPs", null, null),
                        new Claim("whole-number", null, "count", 3.0, null, null, null, null, null)),
                List.of(new Source("joslefaure/Awesome-Multimodal-Token-Compression", "Image-LLM > 2025 Image"),
                        new Source("DevoAllen/Awesome-Reasoning-Economy-Papers", null)));
        Path taxonomy = Files.createDirectories(temp.resolve("taxonomy"));
        Files.copy(VALID.resolve("categories.yaml"), taxonomy.resolve("categories.yaml"));

        new PaperFileWriter().write(taxonomy, paper);
        TaxonomyReading reading = new TaxonomyReader().read(taxonomy);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.taxonomy().papers()).containsExactly(paper);
    }

    @Test
    void aMinimalPaperSurvivesToo() throws IOException {
        Paper paper = new Paper("a-title-only-entry", "2025", List.of(), PartialDate.parse("2024"), null, null,
                null, null, null, List.of("reasoning"), List.of(), null, List.of(), null, List.of(), List.of());
        Path taxonomy = Files.createDirectories(temp.resolve("taxonomy"));
        Files.copy(VALID.resolve("categories.yaml"), taxonomy.resolve("categories.yaml"));

        new PaperFileWriter().write(taxonomy, paper);
        TaxonomyReading reading = new TaxonomyReader().read(taxonomy);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.taxonomy().papers()).containsExactly(paper);
    }
}
