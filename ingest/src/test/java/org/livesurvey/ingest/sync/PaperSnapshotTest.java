package org.livesurvey.ingest.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.Paper;

class PaperSnapshotTest {

    @Test
    void theSameContentAlwaysGivesTheSameJsonAndHash() {
        PaperSnapshot one = PaperSnapshot.of(TestTaxonomy.paper(3));
        PaperSnapshot again = PaperSnapshot.of(TestTaxonomy.paper(3));

        assertThat(again.json()).isEqualTo(one.json());
        assertThat(one.contentHash()).isEqualTo(again.contentHash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(one.json()).startsWith("{\"id\":\"2501.00003\",\"title\":\"Paper number 3 on efficient post-training\","
                + "\"authors\":[\"Ada Lovelace\",\"Author Number 3\"],\"authors_truncated\":false,\"published\":\"2025-04-04\",\"updated\":null,");
    }

    @Test
    void aChangeInADeeplyNestedFieldChangesTheHash() {
        Paper paper = TestTaxonomy.paper(3);
        Claim claim = paper.claims().get(1);
        Paper edited = withClaims(paper, List.of(paper.claims().get(0), new Claim(claim.id(), claim.statement(),
                claim.metric(), null, claim.min(), 99.6, claim.unit(), claim.setting(), claim.where())));

        assertThat(PaperSnapshot.of(edited).contentHash()).isNotEqualTo(PaperSnapshot.of(paper).contentHash());
        assertThat(PaperSnapshot.changedFields(PaperSnapshot.of(paper).json(), PaperSnapshot.of(edited).json()))
                .containsExactly("claims");
    }

    @Test
    void changedFieldsCompareNumbersByValueAndTreatNullAndEmptyAlike() {
        String stored = "{\"title\":\"T\",\"tags\":[],\"venue\":null,\"claims\":[{\"value\":100000000000000000000}]}";
        String current = "{\"title\":\"T\",\"tags\":null,\"claims\":[{\"value\":1.0E20}]}";

        assertThat(PaperSnapshot.changedFields(stored, current)).isEmpty();
        assertThat(PaperSnapshot.changedFields(stored, "{\"title\":\"U\",\"claims\":[{\"value\":2}]}"))
                .containsExactly("title", "claims");
    }

    @Test
    void anAddedOrRemovedPaperListsTheFieldsItHas() {
        String json = "{\"id\":\"x\",\"title\":\"T\",\"venue\":null,\"tags\":[],\"links\":{\"paper\":\"https://a\"},"
                + "\"identifiers\":{\"arxiv\":null,\"doi\":null}}";

        assertThat(PaperSnapshot.changedFields(null, json)).containsExactly("id", "title", "links");
        assertThat(PaperSnapshot.changedFields(json, null)).containsExactly("id", "title", "links");
    }

    private static Paper withClaims(Paper p, List<Claim> claims) {
        return new Paper(p.id(), p.title(), p.authors(), p.published(), p.updated(), p.venue(), p.identifiers(),
                p.links(), p.abstractText(), p.categories(), p.tags(), p.contribution(), p.modality(), p.training(),
                claims, p.sources());
    }
}
