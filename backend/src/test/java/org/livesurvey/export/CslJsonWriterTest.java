package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperDetails;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CslJsonWriterTest {

    private final CitationExporter exporter = new CitationExporter();

    @Test
    void conferencePaperIsAPaperConferenceItem() {
        assertThat(cslJson(ExportTestPapers.dymu())).isEqualTo("""
                [ {
                  "id" : "2504.17040",
                  "type" : "paper-conference",
                  "title" : "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs",
                  "author" : [ {
                    "family" : "Wang",
                    "given" : "Zhenhailong"
                  }, {
                    "family" : "Purushwalkam",
                    "given" : "Senthil"
                  } ],
                  "issued" : {
                    "date-parts" : [ [ 2025, 4, 23 ] ]
                  },
                  "container-title" : "NeurIPS 2025",
                  "DOI" : "10.48550/arXiv.2504.17040",
                  "URL" : "https://arxiv.org/abs/2504.17040",
                  "abstract" : "We present DyMU, an efficient, training-free framework."
                } ]
                """);
    }

    @Test
    void journalArticleKeepsTextAsCuratedWithParticlesAndSuffixes() {
        assertThat(cslJson(ExportTestPapers.specials())).isEqualTo("""
                [ {
                  "id" : "specials-in-titles",
                  "type" : "article-journal",
                  "title" : "R&D costs 100% $5 #1 a_b {set} ~ ^ \\\\ in LLaMA",
                  "author" : [ {
                    "family" : "Hakkani-Tür",
                    "given" : "Dilek"
                  }, {
                    "family" : "van der Berg",
                    "given" : "José"
                  }, {
                    "family" : "King",
                    "given" : "Martin Luther",
                    "suffix" : "Jr."
                  } ],
                  "issued" : {
                    "date-parts" : [ [ 2024, 2 ] ]
                  },
                  "container-title" : "Trans. Mach. Learn. Res. 2025",
                  "DOI" : "10.1000/tmlr_{42}",
                  "URL" : "https://example.org/a_b%20c#x",
                  "abstract" : "First line,\\nsecond line\\twith a tab."
                } ]
                """);
    }

    @Test
    void arxivPreprintIsAnArticleNumberedByItsArxivId() {
        assertThat(cslJson(ExportTestPapers.mathInTitle())).isEqualTo("""
                [ {
                  "id" : "2404.12358",
                  "type" : "article",
                  "title" : "From $r$ to $Q^*$: Your Language Model is Secretly a Q-Function",
                  "author" : [ {
                    "family" : "Rafailov"
                  }, {
                    "family" : "Hejna",
                    "given" : "Joey"
                  } ],
                  "issued" : {
                    "date-parts" : [ [ 2024, 4, 18 ] ]
                  },
                  "publisher" : "arXiv",
                  "number" : "arXiv:2404.12358",
                  "URL" : "https://arxiv.org/abs/2404.12358"
                } ]
                """);
    }

    @Test
    void missingAuthorsAndDateAreLeftOutRatherThanEmpty() {
        assertThat(cslJson(ExportTestPapers.bare())).isEqualTo("""
                [ {
                  "id" : "synthetic-data-generation",
                  "type" : "article",
                  "title" : "Synthetic Data Generation & Multi-Step RL for Tool Use",
                  "URL" : "https://github.com/example/synthetic"
                } ]
                """);
    }

    @Test
    void severalPapersAreOneArrayOfItemsWithDistinctIds() {
        String exported = exporter.export(List.of(ExportTestPapers.dymu(), ExportTestPapers.dymuFollowUp(),
                ExportTestPapers.formulas()), ExportFormat.CSL_JSON);

        JsonNode items = JsonMapper.builder().build().readTree(exported);
        assertThat(items.isArray()).isTrue();
        assertThat(items.valueStream().map(item -> item.get("id").asString()))
                .containsExactly("2504.17040", "dymu-2", "formula-injection");
        assertThat(items.get(1).get("issued").get("date-parts").toString()).isEqualTo("[[2025]]");
    }

    @Test
    void noPapersGiveAnEmptyArray() {
        assertThat(exporter.export(List.of(), ExportFormat.CSL_JSON)).isEqualTo("[ ]\n");
    }

    private String cslJson(PaperDetails paper) {
        return exporter.export(List.of(paper), ExportFormat.CSL_JSON);
    }
}
