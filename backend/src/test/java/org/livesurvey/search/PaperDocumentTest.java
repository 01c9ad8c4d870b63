package org.livesurvey.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.IndexablePaper;
import org.livesurvey.results.ReproductionStatus;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

class PaperDocumentTest {

    private static final IndexablePaper DYMU = new IndexablePaper("2504.17040",
            "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs",
            "We present DyMU, an efficient, training-free framework.",
            List.of("Zhenhailong Wang", "Senthil Purushwalkam"), "2025-04-23", "NeurIPS 2025",
            List.of("efficiency/token-compression"), List.of("token-merging", "training-free"), "method",
            List.of("image", "text"), "training-free", true, 3);

    @Test
    void aPaperBecomesTheDocumentInTheFile() throws Exception {
        try (InputStream expected = getClass().getResourceAsStream("/search/documents/2504.17040.json")) {
            JSONAssert.assertEquals(new String(expected.readAllBytes(), StandardCharsets.UTF_8),
                    EngineJson.of(PaperDocument.of(DYMU, ReproductionStatus.NONE)), JSONCompareMode.STRICT);
        }
    }

    @Test
    void aPaperWithAYearOnlyAndNoCode() {
        PaperDocument document = PaperDocument.of(new IndexablePaper("no-code", "No code", null, List.of(), "2024",
                null, List.of("alignment"), List.of(), null, List.of(), null, false, 1), ReproductionStatus.NONE);

        assertThat(document.hasCode()).isEqualTo("false");
        assertThat(document.year()).isEqualTo("2024");
        assertThat(document.publishedOn()).isEqualTo("2024-01-01");
        assertThat(document.reproduction()).isEqualTo("none");
    }

    @Test
    void aPaperCarriesTheStatusOfItsReproductionsAsTheFacetValue() {
        assertThat(PaperDocument.of(DYMU, ReproductionStatus.NOT_REPRODUCED).reproduction())
                .isEqualTo("not-reproduced");
        assertThat(PaperDocument.of(DYMU, ReproductionStatus.PENDING).reproduction()).isEqualTo("pending");
    }

    @Test
    void categoryPathsComeWithEveryAncestorOnce() {
        assertThat(PaperDocument.withAncestors(List.of("efficiency/reasoning-economy/long2short-rl",
                "efficiency/token-compression", "reasoning")))
                .containsExactly("efficiency", "efficiency/reasoning-economy", "efficiency/reasoning-economy/long2short-rl",
                        "efficiency/token-compression", "reasoning");
    }

    @Test
    void aPartialDateStandsForItsFirstDay() {
        assertThat(PaperDocument.earliestDay("2025")).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(PaperDocument.earliestDay("2025-04")).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(PaperDocument.earliestDay("2025-04-23")).isEqualTo(LocalDate.of(2025, 4, 23));
        assertThat(PaperDocument.earliestDay("2025-02-30")).isNull();
        assertThat(PaperDocument.earliestDay("soon")).isNull();
        assertThat(PaperDocument.earliestDay(null)).isNull();
    }

    @Test
    void aTitleWithAColonCanAlsoBeCompletedFromItsSecondPart() {
        assertThat(PaperDocument.titleCompletions("DyMU: Dynamic Merging"))
                .containsExactly("DyMU: Dynamic Merging", "Dynamic Merging");
        assertThat(PaperDocument.titleCompletions("Plain title")).containsExactly("Plain title");
        assertThat(PaperDocument.titleCompletions("Ends with: ")).containsExactly("Ends with: ");
    }
}
