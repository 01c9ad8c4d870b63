package org.livesurvey.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTextTest {

    @Test
    void keepsShortTextOnOneLine() {
        assertThat(PageText.summary("  Token merging\n  for   VLMs. ", 160)).isEqualTo("Token merging for VLMs.");
    }

    @Test
    void cutsLongTextAfterAWholeWordWithAnEllipsis() {
        String summary = PageText.summary("We present DyMU, an efficient, training-free framework that reduces", 40);

        assertThat(summary).isEqualTo("We present DyMU, an efficient…").hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void hasNothingToSayAboutNoText() {
        assertThat(PageText.summary(null, 160)).isNull();
        assertThat(PageText.summary(" \n ", 160)).isNull();
    }

    @Test
    void cutsAWordThatIsLongerThanHalfTheRoom() {
        assertThat(PageText.summary("Supercalifragilisticexpialidocious", 12)).isEqualTo("Supercalifr…");
    }
}
