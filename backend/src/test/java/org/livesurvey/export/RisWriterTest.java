package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperDetails;

class RisWriterTest {

    private final CitationExporter exporter = new CitationExporter();

    @Test
    void conferencePaperIsAConfRecordWithCrLfLines() {
        assertThat(ris(ExportTestPapers.dymu())).isEqualTo(crlf("""
                TY  - CONF
                AU  - Wang, Zhenhailong
                AU  - Purushwalkam, Senthil
                TI  - DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs
                PY  - 2025
                DA  - 2025/04/23/
                T2  - NeurIPS 2025
                DO  - 10.48550/arXiv.2504.17040
                UR  - https://arxiv.org/abs/2504.17040
                AB  - We present DyMU, an efficient, training-free framework.
                N1  - arXiv:2504.17040
                ER  -\s
                """));
    }

    @Test
    void journalArticleKeepsSpecialsAndFoldsLineBreaks() {
        assertThat(ris(ExportTestPapers.specials())).isEqualTo(crlf("""
                TY  - JOUR
                AU  - Hakkani-Tür, Dilek
                AU  - van der Berg, José
                AU  - King, Martin Luther, Jr.
                TI  - R&D costs 100% $5 #1 a_b {set} ~ ^ \\ in LLaMA
                PY  - 2024
                DA  - 2024/02//
                T2  - Trans. Mach. Learn. Res. 2025
                DO  - 10.1000/tmlr_{42}
                UR  - https://example.org/a_b%20c#x
                AB  - First line, second line with a tab.
                ER  -\s
                """));
    }

    @Test
    void preprintIsAGenericRecordNamingItsArxivId() {
        assertThat(ris(ExportTestPapers.mathInTitle())).isEqualTo(crlf("""
                TY  - GEN
                AU  - Rafailov
                AU  - Hejna, Joey
                TI  - From $r$ to $Q^*$: Your Language Model is Secretly a Q-Function
                PY  - 2024
                DA  - 2024/04/18/
                UR  - https://arxiv.org/abs/2404.12358
                N1  - arXiv:2404.12358
                ER  -\s
                """));
    }

    @Test
    void missingAuthorsAndDateLeaveTheirTagsOut() {
        assertThat(ris(ExportTestPapers.bare())).isEqualTo(crlf("""
                TY  - GEN
                TI  - Synthetic Data Generation & Multi-Step RL for Tool Use
                UR  - https://github.com/example/synthetic
                ER  -\s
                """));
    }

    @Test
    void recordsAreSeparatedByABlankLineAndAYearAloneHasNoDate() {
        String exported = exporter.export(List.of(ExportTestPapers.bare(), ExportTestPapers.dymuFollowUp()),
                ExportFormat.RIS);

        assertThat(exported).isEqualTo(crlf("""
                TY  - GEN
                TI  - Synthetic Data Generation & Multi-Step RL for Tool Use
                UR  - https://github.com/example/synthetic
                ER  -\s

                TY  - CONF
                AU  - Wang, Zhenhailong
                TI  - DyMU 2: Faster Merging
                PY  - 2025
                T2  - ICLR2026
                UR  - https://arxiv.org/abs/2510.00001
                N1  - arXiv:2510.00001
                ER  -\s
                """));
    }

    @Test
    void noPapersGiveAnEmptyFile() {
        assertThat(exporter.export(List.of(), ExportFormat.RIS)).isEmpty();
    }

    private String ris(PaperDetails paper) {
        return exporter.export(List.of(paper), ExportFormat.RIS);
    }

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }
}
