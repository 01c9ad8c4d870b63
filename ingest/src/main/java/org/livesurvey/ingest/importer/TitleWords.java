package org.livesurvey.ingest.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A title cut into words at every character that is neither a letter nor a digit, so that "Chain-of-Thought" and
 * "chain of thought" are the same three words.
 *
 * @param exact  the words as written, for matching acronyms
 * @param folded the words in lower case with British {@code -isation}/{@code -iour} spelt the American way, for
 *               matching phrases; the category tree mixes both spellings
 */
record TitleWords(List<String> exact, List<String> folded) {

    TitleWords {
        exact = List.copyOf(exact);
        folded = List.copyOf(folded);
    }

    static TitleWords of(String text) {
        List<String> exact = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        return new TitleWords(exact, exact.stream().map(TitleWords::fold).toList());
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace("isation", "ization").replace("iour", "ior");
    }
}
