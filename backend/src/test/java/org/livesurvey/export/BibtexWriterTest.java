package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperDetails;

class BibtexWriterTest {

    private final CitationExporter exporter = new CitationExporter();

    @Test
    void conferencePaperIsAnInproceedingsWithItsArxivEprint() {
        assertThat(bibtex(ExportTestPapers.dymu())).isEqualTo("""
                @inproceedings{wang2025dymu,
                  author = {Wang, Zhenhailong and Purushwalkam, Senthil},
                  title = {{DyMU}: Dynamic Merging and Virtual Unmerging for Efficient {VLMs}},
                  booktitle = {NeurIPS 2025},
                  year = {2025},
                  month = apr,
                  doi = {10.48550/arXiv.2504.17040},
                  url = {https://arxiv.org/abs/2504.17040},
                  eprint = {2504.17040},
                  archivePrefix = {arXiv},
                  abstract = {We present DyMU, an efficient, training-free framework.}
                }
                """);
    }

    @Test
    void everyLatexSpecialIsEscapedAndNamesStayUtf8() {
        assertThat(bibtex(ExportTestPapers.specials())).isEqualTo("""
                @article{hakkanitur2024costs,
                  author = {Hakkani-Tür, Dilek and van der Berg, José and King, Jr., Martin Luther},
                  title = {R\\&D costs 100\\% \\$5 \\#1 a\\_b \\textbraceleft{}set\\textbraceright{} \
                \\textasciitilde{} \\textasciicircum{} \\textbackslash{} in {LLaMA}},
                  journal = {Trans. Mach. Learn. Res. 2025},
                  year = {2024},
                  month = feb,
                  doi = {10.1000/tmlr_%7B42%7D},
                  url = {https://example.org/a_b%20c#x},
                  abstract = {First line, second line with a tab.}
                }
                """);
    }

    @Test
    void mathInATitleIsPrintedAsTextAndAnArxivPreprintIsAMisc() {
        assertThat(bibtex(ExportTestPapers.mathInTitle())).isEqualTo("""
                @misc{rafailov2024language,
                  author = {Rafailov and Hejna, Joey},
                  title = {From \\$r\\$ to \\$Q\\textasciicircum{}*\\$: Your Language Model is Secretly a Q-Function},
                  year = {2024},
                  month = apr,
                  url = {https://arxiv.org/abs/2404.12358},
                  eprint = {2404.12358},
                  archivePrefix = {arXiv}
                }
                """);
    }

    @Test
    void authorsTheSourceCutShortEndInAndOthers() {
        assertThat(bibtex(ExportTestPapers.authorsCutShort())).isEqualTo("""
                @misc{wang2025otc,
                  author = {Wang, Hongru and Qian, Cheng and others},
                  title = {{OTC}: Optimal Tool Calls via Reinforcement Learning},
                  year = {2025},
                  month = apr,
                  url = {https://arxiv.org/abs/2504.14870},
                  eprint = {2504.14870},
                  archivePrefix = {arXiv}
                }
                """);
    }

    @Test
    void paperWithoutAuthorsOrDateIsKeyedAndSortedByItsTitleAlone() {
        assertThat(bibtex(ExportTestPapers.bare())).isEqualTo("""
                @misc{synthetic,
                  key = {Synthetic Data Generation \\& Multi-Step RL for Tool Use},
                  title = {Synthetic Data Generation \\& Multi-Step {RL} for Tool Use},
                  url = {https://github.com/example/synthetic}
                }
                """);
    }

    @Test
    void papersWithTheSameKeyAreToldApartBySuffixesAndSeparatedByABlankLine() {
        String exported = exporter.export(List.of(ExportTestPapers.dymu(), ExportTestPapers.dymuFollowUp(),
                ExportTestPapers.dymu()), ExportFormat.BIBTEX);

        assertThat(exported).startsWith("@inproceedings{wang2025dymu,\n")
                .contains("""
                        }

                        @inproceedings{wang2025dymua,
                          author = {Wang, Zhenhailong},
                          title = {{DyMU} 2: Faster Merging},
                          booktitle = {ICLR2026},
                          year = {2025},
                          url = {https://arxiv.org/abs/2510.00001},
                          eprint = {2510.00001},
                          archivePrefix = {arXiv}
                        }

                        @inproceedings{wang2025dymub,
                        """);
    }

    @Test
    void anOrganisationWithAndInItsNameStaysOneAuthor() {
        PaperDetails paper = ExportTestPapers.paper("org", "Report", List.of("Research and Development Team"),
                "2024", null, null, null, null, null, null, "agents");

        assertThat(bibtex(paper)).contains("  author = {{Team, Research and Development}},\n");
    }

    /** BibTeX finds a field's end by counting braces, escaped or not, so one lone brace would swallow the rest. */
    @Test
    void bracesBalanceEvenWhenCountedTheWayBibtexCountsThem() {
        PaperDetails paper = ExportTestPapers.paper("lone-brace", "A lone { brace, a } and a \\{",
                List.of("Ada {Lovelace"), "2020", "Workshop }", null, null, "https://example.org/{x", null,
                "Half } done", "agents");

        String entry = bibtex(paper);

        int depth = 0;
        for (char c : entry.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("brace depth in %s", entry).isNotNegative();
        }
        assertThat(depth).isZero();
        assertThat(entry).endsWith("\n}\n").contains("title = {A lone \\textbraceleft{} brace, a ");
    }

    @Test
    void paperWithoutAuthorsIsSortedByItsNameBeforeTheColon() {
        PaperDetails paper = ExportTestPapers.paper("thinkslm", "ThinkSLM: Towards Reasoning in Small Models",
                List.of(), "2025", "EMNLP 2025", null, null, null, null, null, "reasoning");

        assertThat(bibtex(paper)).isEqualTo("""
                @inproceedings{thinkslm2025,
                  key = {ThinkSLM},
                  title = {{ThinkSLM}: Towards Reasoning in Small Models},
                  booktitle = {EMNLP 2025},
                  year = {2025}
                }
                """);
    }

    /** The Greek family name has no ASCII letters, so the key falls back to title word and year. */
    @Test
    void greekLettersAndMathSymbolsBecomeCommandsThatPdfLatexPrints() {
        PaperDetails paper = ExportTestPapers.paper("greek", "αβ-CROWN: π0 with ϵ ≤ 1 − δ", List.of("Ωmega Ψ"),
                "2020", null, null, null, null, null, null, "agents");

        assertThat(bibtex(paper)).isEqualTo("""
                @misc{crown2020,
                  author = {{\\ensuremath{\\Psi}}, {\\ensuremath{\\Omega}}mega},
                  title = {{\\ensuremath{\\alpha}}{\\ensuremath{\\beta}}-{CROWN}: {\\ensuremath{\\pi}}0 with \
                {\\ensuremath{\\epsilon}} {\\ensuremath{\\leq}} 1 - {\\ensuremath{\\delta}}},
                  year = {2020}
                }
                """);
    }

    @Test
    void noPapersGiveAnEmptyFile() {
        assertThat(exporter.export(List.of(), ExportFormat.BIBTEX)).isEmpty();
    }

    private String bibtex(PaperDetails paper) {
        return exporter.export(List.of(paper), ExportFormat.BIBTEX);
    }
}
