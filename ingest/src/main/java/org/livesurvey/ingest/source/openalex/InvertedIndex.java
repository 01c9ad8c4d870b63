package org.livesurvey.ingest.source.openalex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.livesurvey.ingest.metadata.ReadLimits;
import org.livesurvey.ingest.source.json.InvalidRecordException;

/**
 * OpenAlex gives abstracts as an inverted index (each word with the positions where it occurs), since publishers
 * do not let it show the text; the text is the words in position order.
 */
final class InvertedIndex {

    private record Placed(int position, String word) {
    }

    private InvertedIndex() {
    }

    /**
     * @param index the {@code abstract_inverted_index} value; {@code null} or missing when the work has none
     * @param field how messages name the field
     */
    static String text(JsonNode index, String field) {
        if (!index.isObject()) {
            if (index.isNull() || index.isMissingNode()) {
                return null;
            }
            throw new InvalidRecordException("'" + field + "' is not an object of words and positions");
        }
        List<Placed> placed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> word : index.properties()) {
            if (!word.getValue().isArray()) {
                throw new InvalidRecordException("'" + field + "' gives no positions for a word");
            }
            for (JsonNode position : word.getValue()) {
                if (!position.isIntegralNumber() || !position.canConvertToInt()) {
                    throw new InvalidRecordException("'" + field + "' has a position that is not a whole number");
                }
                placed.add(new Placed(position.intValue(), word.getKey()));
            }
        }
        return ReadLimits.checkField(field, String.join(" ", inOrder(placed)));
    }

    /**
     * The words in position order. The positions of a real index are 0 to n-1, each once: then each word goes
     * straight to its place, since sorting them was most of the time spent on an abstract. Any other positions are
     * sorted, words of one position in the order the index gives them.
     */
    private static List<String> inOrder(List<Placed> placed) {
        String[] words = new String[placed.size()];
        for (Placed word : placed) {
            int position = word.position();
            if (position < 0 || position >= words.length || words[position] != null) {
                placed.sort(Comparator.comparingInt(Placed::position));
                return placed.stream().map(Placed::word).toList();
            }
            words[position] = word.word();
        }
        return Arrays.asList(words);
    }
}
