package org.livesurvey.ingest.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestMatchTest {

    @Test
    void suggestsTheOnlyCloseCandidate() {
        assertThat(NearestMatch.among("catgories", List.of("categories", "tags", "claims"), 2)).contains("categories");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(NearestMatch.among("homepage", List.of("paper", "pdf", "code", "project"), 2)).isEmpty();
    }

    @Test
    void suggestsNothingWhenTwoCandidatesAreEquallyClose() {
        assertThat(NearestMatch.among("tpu", List.of("cpu", "gpu"), 2)).isEmpty();
    }

    @Test
    void neverSuggestsWhatWasWritten() {
        assertThat(NearestMatch.among("cpu", List.of("cpu"), 2)).isEmpty();
    }

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearestMatch.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestMatch.distance("", "abc")).isEqualTo(3);
        assertThat(NearestMatch.distance("same", "same")).isZero();
    }
}
