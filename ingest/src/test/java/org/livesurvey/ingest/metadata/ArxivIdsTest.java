package org.livesurvey.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArxivIdsTest {

    @Test
    void readsTheIdAndVersionOfEveryForm() {
        assertThat(ArxivIds.parse("https://arxiv.org/pdf/2504.17040v2.pdf"))
                .isEqualTo(new ArxivIds.Versioned("2504.17040", 2));
        assertThat(ArxivIds.parse("http://arxiv.org/abs/hep-th/9901001v1"))
                .isEqualTo(new ArxivIds.Versioned("hep-th/9901001", 1));
        assertThat(ArxivIds.parse("arXiv:2504.17040")).isEqualTo(new ArxivIds.Versioned("2504.17040", null));
    }

    /** Found by MetadataReadersFuzzTest: such a version threw NumberFormatException out of every reader. */
    @Test
    void aVersionBeyondAnyRealOneLeavesTheIdWithoutVersion() {
        assertThat(ArxivIds.parse("2504.17040v99999999999")).isEqualTo(new ArxivIds.Versioned("2504.17040", null));
        assertThat(ArxivIds.parse("2504.17040v2147483647")).isEqualTo(new ArxivIds.Versioned("2504.17040", 2147483647));
    }
}
