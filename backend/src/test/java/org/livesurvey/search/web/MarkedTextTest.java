package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.livesurvey.search.web.MarkedText.Segment;

class MarkedTextTest {

    @Test
    void splitsAFragmentIntoTextAndMatchesAndUnescapesTheText() {
        assertThat(MarkedText.fromHighlight(
                "DyMU: <mark>Dynamic</mark> &lt;Merging&gt; &amp; <mark>Token&#x27;s</mark>"))
                .containsExactly(new Segment("DyMU: ", false), new Segment("Dynamic", true),
                        new Segment(" <Merging> & ", false), new Segment("Token's", true));
    }

    @Test
    void keepsTextThatOnlyLooksLikeAnEscapeAsWritten() {
        assertThat(MarkedText.fromHighlight("the &amp;lt; entity")).containsExactly(new Segment("the &lt; entity",
                false));
    }

    @Test
    void toleratesUnbalancedTags() {
        assertThat(MarkedText.fromHighlight("a <mark>b")).containsExactly(new Segment("a ", false),
                new Segment("b", true));
        assertThat(MarkedText.fromHighlight("a</mark> b")).containsExactly(new Segment("a b", false));
        assertThat(MarkedText.fromHighlight("<mark></mark>")).isEmpty();
    }

    @Test
    void plainTextIsOneUnmarkedSegment() {
        assertThat(MarkedText.plain("A <b> title")).containsExactly(new Segment("A <b> title", false));
        assertThat(MarkedText.plain("")).isEmpty();
    }
}
