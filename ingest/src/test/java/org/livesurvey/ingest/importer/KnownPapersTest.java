package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;

/** What a harvest learns of a record before it proposes it: filed already, or new and maybe a filed paper. */
class KnownPapersTest {

    private final KnownPapers known = KnownPapers.of(List.of(
            paper("2503.01067", "Visual-RFT: Visual Reinforcement Fine-Tuning", new Identifiers("2503.01067", null)),
            paper("doi-10.1145-1", "Reward Shaping for Long Reasoning", new Identifiers(null, "10.1145/1"))));

    @Test
    void recognisesAFiledPaperByArxivIdDoiOrTitle() {
        assertThat(known.find(incoming("Another title", new Identifiers("2503.01067", null))))
                .contains(new KnownPapers.Match("2503.01067", "arXiv id"));
        assertThat(known.find(incoming("Yet another", new Identifiers(null, "10.1145/1"))))
                .contains(new KnownPapers.Match("doi-10.1145-1", "DOI"));
        assertThat(known.find(incoming("reward shaping for LONG reasoning", Identifiers.NONE)))
                .contains(new KnownPapers.Match("doi-10.1145-1", "title"));
    }

    @Test
    void aSimilarTitleWithAnotherArxivIdIsAPossibleDuplicateWithItsSimilarity() {
        IncomingPaper reasonRft = incoming("Reason-RFT: Reinforcement Fine-Tuning for Visual Reasoning",
                new Identifiers("2503.20752", null));

        assertThat(known.find(reasonRft)).isEmpty();
        assertThat(known.possibleDuplicates(reasonRft)).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.id()).isEqualTo("2503.01067");
            assertThat(duplicate.similarity()).isBetween(0.83, 0.85);
            assertThat(duplicate.why()).contains("arXiv 2503.20752 and 2503.01067 differ");
        });
    }

    @Test
    void anUnrelatedPaperIsNeitherKnownNorAPossibleDuplicate() {
        IncomingPaper unrelated = incoming("Scaling Laws for Sparse Mixtures", new Identifiers("2506.00001", null));

        assertThat(known.find(unrelated)).isEmpty();
        assertThat(known.possibleDuplicates(unrelated)).isEmpty();
    }

    private static IncomingPaper incoming(String title, Identifiers identifiers) {
        return new IncomingPaper(paper("new", title, identifiers), "harvest:1");
    }

    private static Paper paper(String id, String title, Identifiers identifiers) {
        return new Paper(id, title, List.of(), PartialDate.parse("2025"), null, null, identifiers, null, null,
                List.of("reasoning"), List.of(), null, List.of(), null, List.of(), List.of());
    }
}
