package org.livesurvey.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportSectionTest {

    private static final String START = "<!-- ingest benchmark: start -->";
    private static final String END = "<!-- ingest benchmark: end -->";

    private static final String SEARCH_REPORT = "# Search benchmark results\n\n| clients | req/s |\n|---:|---:|\n| 1 | 56.8 |\n";

    @Test
    void replacesOnlyWhatStandsBetweenTheMarkers() {
        String document = SEARCH_REPORT + "\n" + START + "\nold figures\n" + END + "\n\n## Notes\n\nkept\n";

        String replaced = ReportSection.INGEST.replaceIn(document, "\nnew figures\n");

        assertThat(replaced).isEqualTo(SEARCH_REPORT + "\n" + START + "\nnew figures\n" + END + "\n\n## Notes\n\nkept\n");
    }

    @Test
    void appendsTheSectionToADocumentWithoutIt() {
        assertThat(ReportSection.INGEST.replaceIn(SEARCH_REPORT, "\nfigures\n"))
                .isEqualTo(SEARCH_REPORT + "\n" + START + "\nfigures\n" + END + "\n");
        assertThat(ReportSection.INGEST.replaceIn("", "\nfigures\n")).isEqualTo(START + "\nfigures\n" + END + "\n");
    }

    @Test
    void theSearchReportKeepsTheIngestSectionOfTheOldFile() {
        String old = "# Search benchmark results\n\nold search figures\n\n" + START + "\ningest figures\n" + END + "\n";

        String rewritten = ReportSection.INGEST.carriedOver(SEARCH_REPORT, old);

        assertThat(rewritten).isEqualTo(SEARCH_REPORT + "\n" + START + "\ningest figures\n" + END + "\n");
        assertThat(ReportSection.INGEST.carriedOver(SEARCH_REPORT, "# no section\n")).isEqualTo(SEARCH_REPORT);
    }

    @Test
    void aStartMarkerWithoutItsEndIsNotGuessedAt() {
        assertThat(ReportSection.INGEST.in("text " + START + " no end")).isEmpty();
        assertThatThrownBy(() -> ReportSection.INGEST.replaceIn("text " + START + " no end", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(END);
    }
}
