package org.livesurvey.ingest.source.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArxivAuthorListTest {

    @Test
    void splitsOnCommasAndTheOxfordAnd() {
        assertThat(ArxivAuthorList.split("D.V. Shetty, S.J. Yennello, and G.A. Souliotis"))
                .containsExactly("D.V. Shetty", "S.J. Yennello", "G.A. Souliotis");
    }

    @Test
    void splitsOnAndBetweenTwoNames() {
        assertThat(ArxivAuthorList.split("Valeria M. Rosa and Patricio S. letelier"))
                .containsExactly("Valeria M. Rosa", "Patricio S. letelier");
    }

    @Test
    void aSingleAuthorStaysWhole() {
        assertThat(ArxivAuthorList.split("Christoph Richard")).containsExactly("Christoph Richard");
    }

    @Test
    void keepsSuffixesWithTheNameBeforeThem() {
        assertThat(ArxivAuthorList.split("John Smith, Jr., Jane Doe, Bob Roe III and Al Poe, Sr."))
                .containsExactly("John Smith Jr.", "Jane Doe", "Bob Roe III", "Al Poe Sr.");
    }

    @Test
    void namesThatContainAndAreNotSplit() {
        assertThat(ArxivAuthorList.split("Anand Andrews and Alexandra Sandberg"))
                .containsExactly("Anand Andrews", "Alexandra Sandberg");
    }

    @Test
    void leavesOutAffiliationsInParenthesesWithTheirCommas() {
        assertThat(ArxivAuthorList.split("A. Author (1), B. Writer (2 and 3) ((1) MIT, Cambridge, (2) Oxford)"))
                .containsExactly("A. Author", "B. Writer");
    }

    @Test
    void keepsTheTextWhenParenthesesDoNotBalance() {
        assertThat(ArxivAuthorList.split("A. Author (MIT, B. Writer"))
                .containsExactly("A. Author (MIT", "B. Writer");
    }

    @Test
    void keepsEtAlAsItsOwnEntrySoThatTheRecordIsMarkedTruncated() {
        assertThat(ArxivAuthorList.split("A. Author, B. Writer et al.")).containsExactly("A. Author", "B. Writer",
                "et al.");
    }

    @Test
    void collapsesLineBreaksOfTheSource() {
        assertThat(ArxivAuthorList.split("A. Author, B.\n  Writer")).containsExactly("A. Author", "B. Writer");
    }

    @Test
    void nothingGivesNoNames() {
        assertThat(ArxivAuthorList.split("  ")).isEmpty();
        assertThat(ArxivAuthorList.split(null)).isEmpty();
    }
}
