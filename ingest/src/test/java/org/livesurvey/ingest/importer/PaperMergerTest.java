package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;

class PaperMergerTest {

    private final Paper file = new Paper("2501.00001", "Curated Title", List.of("A. Author"),
            new PartialDate(2025, 1, 7), null, null, new Identifiers("2501.00001", null),
            new Links("https://arxiv.org/abs/2501.00001", null, null, null), "Curated abstract.",
            List.of("efficiency/reasoning-economy"), List.of(), null, List.of("video"), null, List.of(),
            List.of(new Source("list/a", "Section A")));
    private final Paper listed = new Paper("2501.00001", "Listed title", List.of(), new PartialDate(2025, 1, null),
            null, "ICLR 2026", new Identifiers("2501.00001", null),
            new Links("https://arxiv.org/abs/2501.00001", "https://arxiv.org/pdf/2501.00001", null, null), null,
            List.of("efficiency/reasoning-economy/test-time", "reasoning"), List.of("self-consistency"), null,
            List.of("image"), "rl", List.of(), List.of(new Source("list/b", "Section B"), new Source("list/a", "Section A")));

    @Test
    void keepExistingFillsOnlyTheGapsAndJoinsSources() {
        Paper merged = PaperMerger.merge(file, listed, MergePolicy.KEEP_EXISTING);

        assertThat(merged).isEqualTo(new Paper("2501.00001", "Curated Title", List.of("A. Author"),
                new PartialDate(2025, 1, 7), null, "ICLR 2026", new Identifiers("2501.00001", null),
                new Links("https://arxiv.org/abs/2501.00001", "https://arxiv.org/pdf/2501.00001", null, null),
                "Curated abstract.", List.of("efficiency/reasoning-economy"), List.of("self-consistency"), null,
                List.of("video"), "rl", List.of(),
                List.of(new Source("list/a", "Section A"), new Source("list/b", "Section B"))));
    }

    @Test
    void combineJoinsListsAndDropsCategoriesThatAMoreSpecificOneCovers() {
        Paper merged = PaperMerger.merge(file, listed, MergePolicy.COMBINE);

        assertThat(merged.categories()).containsExactly("efficiency/reasoning-economy/test-time", "reasoning");
        assertThat(merged.modality()).containsExactly("image", "video");
        assertThat(merged.title()).isEqualTo("Curated Title");
    }

    @Test
    void preferIncomingReplacesEveryFieldItGivesAndKeepsTheRest() {
        Paper merged = PaperMerger.merge(file, listed, MergePolicy.PREFER_INCOMING);

        assertThat(merged.title()).isEqualTo("Listed title");
        assertThat(merged.authors()).containsExactly("A. Author");
        assertThat(merged.abstractText()).isEqualTo("Curated abstract.");
        assertThat(merged.published()).isEqualTo(new PartialDate(2025, 1, null));
        assertThat(merged.categories()).containsExactly("efficiency/reasoning-economy/test-time", "reasoning");
        assertThat(merged.sources()).hasSize(2);
    }
}
