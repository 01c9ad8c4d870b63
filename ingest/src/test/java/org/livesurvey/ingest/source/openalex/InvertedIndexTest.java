package org.livesurvey.ingest.source.openalex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The words of an abstract come back in position order, whether the positions are 0 to n-1 or not. */
class InvertedIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void wordsAtPositionsZeroToNStandInTheirPlaces() throws Exception {
        assertThat(text("{\"the\": [0, 3], \"cat\": [1], \"saw\": [2], \"dog\": [4]}")).isEqualTo("the cat saw the dog");
    }

    @Test
    void gapsAndNegativePositionsAreSorted() throws Exception {
        assertThat(text("{\"c\": [9], \"a\": [-2], \"b\": [4]}")).isEqualTo("a b c");
    }

    @Test
    void wordsOfOnePositionKeepTheOrderOfTheIndex() throws Exception {
        assertThat(text("{\"x\": [1], \"y\": [0], \"z\": [1]}")).isEqualTo("y x z");
    }

    private static String text(String index) throws Exception {
        JsonNode node = JSON.readTree(index);
        return InvertedIndex.text(node, "abstract_inverted_index");
    }
}
