package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zhenhailong Wang    | 2025-04-23 | DyMU: Dynamic Merging                   | wang2025dymu",
            "Dilek Hakkani-Tür   | 2024       | The Art of Dialogue                     | hakkanitur2024art",
            "Jan van der Berg    | 2023-05    | Towards a Theory of Everything          | berg2023theory",
            "Søren Łukasiewicz   | 2022       | Straße & Brücke                         | lukasiewicz2022strasse",
            "Rafael Rafailov     | 2024       | From $r$ to $Q^*$: Your Language Model  | rafailov2024language",
            "Yu Wu               | 2025       | A$^2$TGPO: Agentic Turn-Group Policy     | wu2025tgpo",
            "Ada Lovelace        |            | Notes                                   | lovelacenotes",
            "王小明               | 2025       | DyMU: Dynamic Merging                   | dymu2025",
            "Ada Lovelace        | 2025       | 的 of a                                  | lovelace2025paper"})
    void keyIsFamilyNameYearAndFirstSignificantTitleWordInLowerCaseAscii(String author, String published,
                                                                         String title, String key) {
        assertThat(keys(paper(List.of(author), published, title))).containsExactly(key);
    }

    @Test
    void withoutAuthorsTheKeyIsTheTitleWordAndTheYear() {
        assertThat(keys(paper(List.of(), "2025", "Synthetic Data Generation"))).containsExactly("synthetic2025");
    }

    @Test
    void repeatedKeysGetLetterSuffixesInOrderAndTheFirstKeepsItsKey() {
        List<CitedPaper> same = Collections.nCopies(29, paper(List.of("Zhenhailong Wang"), "2025", "DyMU"));

        List<String> keys = CitationKeys.assign(same);

        assertThat(keys).hasSize(29).doesNotHaveDuplicates();
        assertThat(keys.subList(0, 3)).containsExactly("wang2025dymu", "wang2025dymua", "wang2025dymub");
        assertThat(keys.subList(26, 29)).containsExactly("wang2025dymuz", "wang2025dymuaa", "wang2025dymuab");
    }

    @Test
    void aSuffixedKeyNeverTakesAKeyAnotherPaperHasAlready() {
        List<String> keys = keys(paper(List.of("Ada Lovelace"), "2025", "Notes"),
                paper(List.of("Ada Lovelace"), "2025", "Notesa"),
                paper(List.of("Ada Lovelace"), "2025", "Notes"));

        assertThat(keys).containsExactly("lovelace2025notes", "lovelace2025notesa", "lovelace2025notesb");
    }

    private static List<String> keys(CitedPaper... papers) {
        return CitationKeys.assign(List.of(papers));
    }

    private static CitedPaper paper(List<String> authors, String published, String title) {
        return CitedPaper.of(ExportTestPapers.paper("id", title, authors, published, null, null, null, null, null,
                null, "agents"));
    }
}
