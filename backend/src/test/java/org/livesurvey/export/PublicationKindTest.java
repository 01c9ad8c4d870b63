package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationKindTest {

    /** Venue names as the corpus writes them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NeurIPS 2025                    | CONFERENCE_PAPER",
            "NeurIPS2025                     | CONFERENCE_PAPER",
            "NIPS2024                        | CONFERENCE_PAPER",
            "ICLR WorkShop 2024              | CONFERENCE_PAPER",
            "ACL2025-findings                | CONFERENCE_PAPER",
            "EMNLP 2025 (Findings)           | CONFERENCE_PAPER",
            "CoLM 2024                       | CONFERENCE_PAPER",
            "AAAI/EAAI 2025                  | CONFERENCE_PAPER",
            "CVPR Highlight 2024             | CONFERENCE_PAPER",
            "ASPLOS'26                       | CONFERENCE_PAPER",
            "Proceedings of the Web Conference | CONFERENCE_PAPER",
            "Trans. Mach. Learn. Res. 2025   | JOURNAL_ARTICLE",
            "IJCV 2025                       | JOURNAL_ARTICLE",
            "Nature                          | JOURNAL_ARTICLE",
            "Oracle Journal                  | JOURNAL_ARTICLE",
            "OpenAI'25                       | JOURNAL_ARTICLE",
            "arXiv                           | PREPRINT",
            "arXiv preprint                  | PREPRINT",
            "CoRR abs/2504.17040             | PREPRINT"})
    void venueDecidesTheKind(String venue, PublicationKind kind) {
        assertThat(PublicationKind.ofVenue(venue)).isEqualTo(kind);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "ARXIV"})
    void noVenueMeansAPreprint(String venue) {
        assertThat(PublicationKind.ofVenue(venue)).isEqualTo(PublicationKind.PREPRINT);
    }
}
