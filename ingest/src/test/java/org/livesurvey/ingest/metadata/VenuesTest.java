package org.livesurvey.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VenuesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "NIPS 2024 | NeurIPS 2024",
            "NeurIPS2025 | NeurIPS 2025",
            "NeurIPS2025-Spotlight | NeurIPS 2025",
            "Advances in Neural Information Processing Systems 37 | NeurIPS 2024",
            "Advances in Neural Information Processing Systems, 36 | NeurIPS 2023",
            "The Thirty-Ninth Annual Conference on Neural Information Processing Systems | NeurIPS 2025",
            "The Thirteenth International Conference on Learning Representations'25 | ICLR 2025",
            "The Twelfth International Conference on Learning Representations | ICLR 2024",
            "ICLR'26 | ICLR 2026",
            "ICLR2025 SSI-FM workshop | ICLR 2025 (Workshop)",
            "ICLR WorkShop 2024 | ICLR 2024 (Workshop)",
            "ICLR 2026 Submission | ICLR 2026 (Submitted)",
            "ACL2025-findings | ACL 2025 (Findings)",
            "ACL2025Findings | ACL 2025 (Findings)",
            "EMNLP Findings 2024 | EMNLP 2024 (Findings)",
            "Findings of the Association for Computational Linguistics: EMNLP 2024 | EMNLP 2024 (Findings)",
            "EMNLP2025-industry | EMNLP 2025 (Industry)",
            "ACL2023-short | ACL 2023 (Short)",
            "Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers) | ACL 2024",
            "NAACL 2025 | NAACL 2025",
            "Trans. Mach. Learn. Res. 2025 | TMLR 2025",
            "CoLM 2024 | COLM 2024",
            "AAAI/EAAI 2025 | AAAI 2025",
            "SCALR@COLM 2025 | COLM 2025 (Workshop)",
            "Proceedings of the AAAI Conference on Artificial Intelligence | AAAI 2023",
            "International Conference on Machine Learning | ICML 2023",
            "arXiv | null",
            "arXiv preprint arXiv:2501.12345 | null",
            "OpenAI'25 | OpenAI'25",
            "nature'17 | nature'17",
            "  Social Network   Analysis and Mining'25 | Social Network Analysis and Mining'25"
    })
    void namesTheFieldsVenuesOneWay(String written, String canonical) {
        assertThat(Venues.normalize(written, 2023)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Accepted to ICLR 2025 | ICLR 2025",
            "Published as a conference paper at NeurIPS 2024; 12 pages | NeurIPS 2024",
            "Accepted at the ICML 2025 Workshop on Long-Context Foundation Models | ICML 2025 (Workshop)",
            "Camera-ready version for ACL 2025 Findings | ACL 2025 (Findings)",
            "Submitted to ICLR 2026 | null",
            "12 pages, 5 figures | null",
            "Accepted to a workshop | null"
    })
    void readsTheVenueAnArxivCommentAnnounces(String comment, String venue) {
        assertThat(Venues.fromComment(comment)).isEqualTo(venue);
    }
}
