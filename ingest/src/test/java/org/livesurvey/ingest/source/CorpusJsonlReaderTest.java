package org.livesurvey.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.source.CorpusRecord.Appearance;

class CorpusJsonlReaderTest {

    // real lines of ../shared/corpus/papers.jsonl, with three broken lines and a blank line between them
    private static final Path SAMPLE = Path.of("src/test/resources/source/corpus-sample.jsonl");

    private final ReadResult<CorpusRecord> read = new CorpusJsonlReader().read(SAMPLE);

    @Test
    void readsEveryValidLineAndReportsEachBrokenLineWithItsNumber() {
        assertThat(read.items()).extracting(CorpusRecord::line).containsExactly(1, 2, 4, 5, 7, 9, 11, 12);
        assertThat(read.problems()).extracting(ReadProblem::toString).satisfiesExactly(
                // the rest of the message is the JSON parser's own
                cutShort -> assertThat(cutShort).startsWith(SAMPLE + ":3: not valid JSON: Unexpected end-of-input"),
                noCategory -> assertThat(noCategory).isEqualTo(SAMPLE + ":8: missing required field 'category'"),
                textYear -> assertThat(textYear).isEqualTo(SAMPLE + ":10: 'year' must be a whole number"));
    }

    @Test
    void readsARecordWithAppearancesInTwoLists() {
        assertThat(read.items().get(0)).isEqualTo(new CorpusRecord(
                1,
                "arxiv:2009.01325",
                "Learning to summarize from human feedback",
                List.of(),
                "2009.01325",
                null,
                "arxiv",
                2020,
                null,
                "https://github.com/openai/summarize-from-feedback",
                "opendilab/awesome-RLHF",
                "Papers > 2020 and before",
                "alignment",
                "2020 and before",
                List.of("alignment"),
                List.of("DevoAllen/Awesome-Reasoning-Economy-Papers", "opendilab/awesome-RLHF"),
                List.of(
                        new Appearance("opendilab/awesome-RLHF", "Papers > 2020 and before", "alignment",
                                "2020 and before"),
                        new Appearance("DevoAllen/Awesome-Reasoning-Economy-Papers",
                                "Challenges towards Reasoning Economy > Inefficient Model Behaviors from Post-training"
                                        + " > Length-bias",
                                "alignment", "Length-bias")),
                List.of(),
                List.of()));
    }

    @Test
    void readsAWebPageRecordWithoutArxivId() {
        String explicitCoT = "Papers > Explicit Compact CoT";
        String controllable = "Papers > Limitations and Challenges > User-centric Controllable Reasoning";
        String broader = "Papers > Limitations and Challenges > Broader Application";
        String list = "yueliu1999/Awesome-Efficient-Inference-for-LRMs";
        assertThat(read.items().get(6)).isEqualTo(new CorpusRecord(
                11,
                "title:anthropic-claude-3-7-sonnet-and-claude-code",
                "Anthropic. Claude 3.7 sonnet and claude code",
                List.of(),
                null,
                "https://www.anthropic.com/news/claude-3-7-sonnet",
                "web page",
                2025,
                "Anthropic'25",
                null,
                list,
                explicitCoT,
                "efficiency",
                "Explicit Compact CoT",
                List.of("efficiency", "integration"),
                List.of(list),
                List.of(
                        new Appearance(list, explicitCoT, "efficiency", "Explicit Compact CoT"),
                        new Appearance(list, controllable, "efficiency", "User-centric Controllable Reasoning"),
                        new Appearance(list, broader, "integration", "Broader Application")),
                List.of(),
                List.of()));
    }

    @Test
    void readsTitleVariantsAndTheArxivIdNotes() {
        assertThat(read.items().get(1).titleVariants())
                .containsExactly("Let's Verify Step by Step.", "Let's verify step by step");
        assertThat(read.items().get(2).listedArxivIdsCorrected()).containsExactly("2306.05372");
        CorpusRecord conflicting = read.items().get(7);
        assertThat(conflicting.arxivId()).isNull();
        assertThat(conflicting.year()).isNull();
        assertThat(conflicting.arxivIdConflicts()).containsExactly("2503.00897");
    }

    @Test
    void namesTheFileAsGivenAndReportsLinesThatAreNotObjects() throws Exception {
        ReadResult<CorpusRecord> result = new CorpusJsonlReader().read(
                new StringReader("[1, 2]\n\"text\"\n{\"id\": \"x\", \"title\": 5}\n"), "input.jsonl");

        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).extracting(ReadProblem::toString).containsExactly(
                "input.jsonl:1: expected a JSON object, found array",
                "input.jsonl:2: expected a JSON object, found string",
                "input.jsonl:3: 'title' must be a string");
    }
}
