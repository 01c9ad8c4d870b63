package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.model.PartialDate;

class PaperIdsTest {

    @Test
    void slugsAreKebabCaseWithoutAccentsOrApostrophes() {
        assertThat(PaperIds.slugOf("Let's Verify Step-by-Step: Über Proofs (v2)!"))
                .isEqualTo("lets-verify-step-by-step-uber-proofs-v2");
        assertThat(PaperIds.slugOf("O²‑Searcher: A Searching‑Based Agent")).isEqualTo("o2-searcher-a-searching-based-agent");
        assertThat(PaperIds.slugOf("深度思考")).isEqualTo("untitled");
    }

    @Test
    void longSlugsAreCutAtAWordBoundary() {
        String slug = PaperIds.slugOf("Same Task, More Tokens: the Impact of Input Length on the Reasoning"
                + " Performance of Large Language Models");

        assertThat(slug).isEqualTo("same-task-more-tokens-the-impact-of-input-length-on-the-reasoning-performance-of");
        assertThat(slug.length()).isLessThanOrEqualTo(PaperIds.MAX_SLUG_LENGTH);
    }

    @Test
    void arxivIdsGiveTheMonthOfTheFirstVersion() {
        assertThat(PaperIds.monthOf("2504.17040")).isEqualTo(new PartialDate(2025, 4, null));
        assertThat(PaperIds.monthOf("0704.0001")).isEqualTo(new PartialDate(2007, 4, null));
        assertThat(PaperIds.monthOf("hep-th/9901001")).isEqualTo(new PartialDate(1999, 1, null));
        assertThat(PaperIds.monthOf("math.AG/0601001")).isEqualTo(new PartialDate(2006, 1, null));
        assertThat(PaperIds.monthOf("2513.00001")).isNull();
        assertThat(PaperIds.monthOf("not an id")).isNull();
    }

    @Test
    void arxivIdsLoseTheirVersionAndOldStyleIdsTheirSlash() {
        assertThat(PaperIds.normalizeArxivId(" 2504.17040v3 ")).isEqualTo("2504.17040");
        assertThat(PaperIds.normalizeArxivId("2504.1704")).isEqualTo("2504.1704");
        assertThat(PaperIds.normalizeArxivId("arXiv:2504.17040")).isNull();
        assertThat(PaperIds.fromArxiv("hep-th/9901001")).isEqualTo("hep-th-9901001");
    }

    @Test
    void doiIdsFollowTheContributingGuide() {
        assertThat(PaperIds.fromDoi("10.1007/BF00992696")).isEqualTo("doi-10-1007-bf00992696");
    }
}
