package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperDetails;

/**
 * Reads the BibTeX output back with JBibTeX, a real BibTeX and LaTeX parser, and checks that every field means
 * what the paper says: LaTeX printed back to text gives the curated title, names and abstract.
 */
class BibtexRoundTripTest {

    private static final List<PaperDetails> PAPERS = List.of(ExportTestPapers.dymu(), ExportTestPapers.specials(),
            ExportTestPapers.mathInTitle(), ExportTestPapers.bare(), ExportTestPapers.dymuFollowUp(),
            ExportTestPapers.formulas(), ExportTestPapers.paper("lone-brace", "A lone { brace and a lone } one",
                    List.of("Ada Lovelace"), "2020", null, null, null, null, null, "50% of {it} and \\ more",
                    "agents"));

    @Test
    void everyEntryParsesWithItsKeyAndType() throws Exception {
        BibTeXDatabase database = parse(new CitationExporter().export(PAPERS, ExportFormat.BIBTEX));

        Map<String, String> typesByKey = database.getEntries().values().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().getValue(), entry -> entry.getType().getValue()));
        assertThat(typesByKey).containsOnly(
                Map.entry("wang2025dymu", "inproceedings"),
                Map.entry("hakkanitur2024costs", "article"),
                Map.entry("rafailov2024language", "misc"),
                Map.entry("synthetic", "misc"),
                Map.entry("wang2025dymua", "inproceedings"),
                Map.entry("mallet2023hyperlink", "inproceedings"),
                Map.entry("lovelace2020lone", "misc"));
    }

    @Test
    void textFieldsPrintBackAsTheCuratedText() throws Exception {
        BibTeXDatabase database = parse(new CitationExporter().export(PAPERS, ExportFormat.BIBTEX));

        for (int i = 0; i < PAPERS.size(); i++) {
            PaperDetails paper = PAPERS.get(i);
            BibTeXEntry entry = database.getEntries().values().stream().toList().get(i);
            assertThat(printed(entry.getField(BibTeXEntry.KEY_TITLE))).as(paper.id()).isEqualTo(paper.title());
            if (paper.abstractText() != null) {
                assertThat(printed(entry.getField(new Key("abstract"))))
                        .isEqualTo(paper.abstractText().replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void authorsPrintBackFamilyFirstAndMonthsResolve() throws Exception {
        BibTeXEntry entry = parse(new CitationExporter().export(List.of(ExportTestPapers.specials()),
                ExportFormat.BIBTEX)).getEntries().values().iterator().next();

        assertThat(printed(entry.getField(BibTeXEntry.KEY_AUTHOR)))
                .isEqualTo("Hakkani-Tür, Dilek and van der Berg, José and King, Jr., Martin Luther");
        assertThat(entry.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("February");
        assertThat(entry.getField(BibTeXEntry.KEY_DOI).toUserString()).isEqualTo("10.1000/tmlr_%7B42%7D");
    }

    private static BibTeXDatabase parse(String bibtex) throws Exception {
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase database = parser.parse(new StringReader(bibtex));
        assertThat(parser.getExceptions()).isEmpty();
        return database;
    }

    private static String printed(Value value) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString()));
    }
}
