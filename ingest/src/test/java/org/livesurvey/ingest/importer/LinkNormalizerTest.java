package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkNormalizerTest {

    @Test
    void keepsAbsoluteLinksAndRepairsOnesThatLostTheirScheme() {
        assertThat(LinkNormalizer.url(" https://openreview.net/forum?id=abc ")).isEqualTo("https://openreview.net/forum?id=abc");
        assertThat(LinkNormalizer.url("/aclanthology.org/2023.findings-emnlp.167/"))
                .isEqualTo("https://aclanthology.org/2023.findings-emnlp.167/");
        assertThat(LinkNormalizer.url("//example.org/paper.pdf")).isEqualTo("https://example.org/paper.pdf");
        assertThat(LinkNormalizer.url("see the paper")).isNull();
        assertThat(LinkNormalizer.url("/relative/path")).isNull();
        assertThat(LinkNormalizer.url(null)).isNull();
    }

    @Test
    void findsRegisteredDoisInPublisherLinks() {
        assertThat(LinkNormalizer.doiIn("https://dl.acm.org/doi/10.1007/BF00992696")).isEqualTo("10.1007/BF00992696");
        assertThat(LinkNormalizer.doiIn("https://doi.org/10.18653/v1/2023.acl-long.1/"))
                .isEqualTo("10.18653/v1/2023.acl-long.1");
        assertThat(LinkNormalizer.doiIn("https://dl.acm.org/doi/10.5555/3600270.3602070")).isNull();
        assertThat(LinkNormalizer.doiIn("https://openreview.net/forum?id=abc")).isNull();
    }

    @Test
    void venuesLoseOnlyWhatIsPlainlyNoVenueOrAMissingSpace() {
        assertThat(LinkNormalizer.venue("arXiv")).isNull();
        assertThat(LinkNormalizer.venue(" ")).isNull();
        assertThat(LinkNormalizer.venue("NeurIPS2025")).isEqualTo("NeurIPS 2025");
        assertThat(LinkNormalizer.venue("ICLR 2025")).isEqualTo("ICLR 2025");
        assertThat(LinkNormalizer.venue("ACL2025-findings")).isEqualTo("ACL2025-findings");
        assertThat(LinkNormalizer.venue("OpenAI'25")).isEqualTo("OpenAI'25");
    }
}
