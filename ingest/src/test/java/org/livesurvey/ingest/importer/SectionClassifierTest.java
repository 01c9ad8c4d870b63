package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.ContributionType;
import org.livesurvey.ingest.source.CorpusRecord;
import org.livesurvey.ingest.source.CorpusRecord.Appearance;

class SectionClassifierTest {

    private static final String RLHF = "opendilab/awesome-RLHF";
    private static final String ECONOMY = "DevoAllen/Awesome-Reasoning-Economy-Papers";
    private static final String POST_TRAINING = "mbzuai-oryx/Awesome-LLM-Post-training";
    private static final String SYSTEM2 = "zzli2022/Awesome-System2-Reasoning-LLM";
    private static final String EFFICIENT = "hemingkx/Awesome-Efficient-Reasoning";
    private static final String TOKENS = "joslefaure/Awesome-Multimodal-Token-Compression";
    private static final String LENGTH_BIAS =
            "Challenges towards Reasoning Economy > Inefficient Model Behaviors from Post-training > Length-bias";

    private static SectionClassifier classifier;

    @BeforeAll
    static void readTheRealTree(@TempDir Path scratch) throws IOException {
        classifier = new SectionClassifier(SectionRules.bundled(), TaxonomyFixtures.realCategoryPaths(scratch));
    }

    @Test
    void aSectionOfAnotherBranchAddsItsNodeAndTheAppearanceKeepsItsOwnBranch() {
        SectionClassification classification = classifier.classify(record("alignment",
                new Appearance(RLHF, "Papers > 2020 and before", "alignment", "2020 and before"),
                new Appearance(ECONOMY, LENGTH_BIAS, "alignment", "Length-bias")));

        // "alignment" itself is dropped: alignment/rlhf is more specific
        assertThat(classification.categories())
                .containsExactly("alignment/rlhf", "efficiency/reasoning-economy/challenges/length-bias");
    }

    @Test
    void theSectionsOfAnUnmappedAppearanceGiveOnlyItsBranch() {
        SectionClassification classification = classifier.classify(record("reasoning",
                new Appearance(POST_TRAINING, "Papers > Survey", "reasoning", "Survey")));

        assertThat(classification).isEqualTo(new SectionClassification(
                List.of("reasoning"), ContributionType.SURVEY, List.of(), null, List.of()));
    }

    @Test
    void thePrimaryCategoryLiesInTheRecordsBranchEvenWhenThePrimaryAppearanceDoesNot() {
        SectionClassification classification = classifier.classify(record("reasoning",
                new Appearance(EFFICIENT, "Papers > Latent Chain-of-Thought", "efficiency", "Latent Chain-of-Thought"),
                new Appearance(SYSTEM2, "MCTS/Tree Search", "reasoning", "MCTS/Tree Search"),
                new Appearance(POST_TRAINING, "Papers > MCTS/Tree Search", "reasoning", "MCTS/Tree Search")));

        assertThat(classification.categories()).containsExactly(
                "reasoning/test-time-search",
                "efficiency/reasoning-economy/post-training/cot-compression/implicit");
    }

    @Test
    void imageAndVideoListsGiveBothModalitiesInAFixedOrder() {
        SectionClassification classification = classifier.classify(record("efficiency",
                new Appearance(TOKENS, "Video-LLM > 2025 Video", "efficiency", "2025 Video"),
                new Appearance(TOKENS, "Image-LLM > 2025 Image", "efficiency", "2025 Image")));

        assertThat(classification.categories()).containsExactly("efficiency/token-compression");
        assertThat(classification.modality()).containsExactly("image", "video");
        assertThat(classification.contribution()).isNull();
    }

    @Test
    void sectionsThatDisagreeOnTheContributionLeaveItUnset() {
        SectionClassification classification = classifier.classify(record("reasoning",
                new Appearance(POST_TRAINING, "Papers > Survey", "reasoning", "Survey"),
                new Appearance(SYSTEM2, "Benchmark and Datasets", "reasoning", "Benchmark and Datasets")));

        assertThat(classification.contribution()).isNull();
        assertThat(classification.categories()).containsExactly("reasoning");
    }

    @Test
    void aBranchTheTreeLacksIsAnError() {
        assertThatThrownBy(() -> classifier.classify(record("chemistry",
                new Appearance(RLHF, "Papers > 2021", "chemistry", "2021"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("category 'chemistry' is not in the category tree");
    }

    @Test
    void rulesNamingAPathOutsideTheTreeAreRejected() {
        SectionRules rules = SectionRules.parse(new ByteArrayInputStream(
                "lists:\n  a/b:\n    - section: 'x'\n      category: reasoning/no-such-node\n"
                        .getBytes(StandardCharsets.UTF_8)), "test.yaml");

        assertThatThrownBy(() -> new SectionClassifier(rules, Set.of("reasoning")))
                .hasMessage("section rules name categories that are not in the tree: [reasoning/no-such-node]");
    }

    /** A record whose primary appearance is the first one given. */
    private static CorpusRecord record(String category, Appearance... appearances) {
        Appearance primary = appearances[0];
        return new CorpusRecord(1, "arxiv:2501.00001", "A paper", List.of(), "2501.00001", null, "arxiv", 2025, null,
                null, primary.sourceList(), primary.sourceSection(), category, primary.subcategory(),
                List.of(category), List.of(primary.sourceList()), Arrays.asList(appearances), List.of(), List.of());
    }
}
