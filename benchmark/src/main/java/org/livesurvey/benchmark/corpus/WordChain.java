package org.livesurvey.benchmark.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes text that reads like the texts it learned from: each word follows the word before it as often as it did in
 * those texts (a first-order Markov chain over whitespace-separated words). Generated titles thus use the real words
 * with their real frequencies, which is what makes text queries match realistic numbers of documents.
 */
public final class WordChain {

    /** Stand-ins for "before the first word" and "after the last word"; no real word contains a NUL. */
    private static final String START = "\u0000start";
    private static final String END = "\u0000end";
    private static final int ATTEMPTS = 20;

    private final Map<String, EmpiricalDistribution<String>> successors;

    private WordChain(Map<String, EmpiricalDistribution<String>> successors) {
        this.successors = successors;
    }

    /**
     * @throws IllegalArgumentException when no text has a word
     */
    public static WordChain learn(Collection<String> texts) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String text : texts) {
            String previous = START;
            for (String word : text.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                counts.computeIfAbsent(previous, key -> new LinkedHashMap<>()).merge(word, 1, Integer::sum);
                previous = word;
            }
            if (!previous.equals(START)) {
                counts.computeIfAbsent(previous, key -> new LinkedHashMap<>()).merge(END, 1, Integer::sum);
            }
        }
        if (!counts.containsKey(START)) {
            throw new IllegalArgumentException("no text to learn words from");
        }
        Map<String, EmpiricalDistribution<String>> successors = new LinkedHashMap<>();
        counts.forEach((word, next) -> successors.put(word, EmpiricalDistribution.weighted(next)));
        return new WordChain(successors);
    }

    /**
     * A text of {@code minWords} to {@code maxWords} words. The chain may end sooner than wanted; a few walks are
     * tried, and the last one is cut or kept as it is.
     */
    public String generate(Random random, int minWords, int maxWords) {
        List<String> words = List.of();
        for (int attempt = 0; attempt < ATTEMPTS && words.size() < minWords; attempt++) {
            words = walk(random, maxWords);
        }
        return String.join(" ", words);
    }

    private List<String> walk(Random random, int maxWords) {
        List<String> words = new ArrayList<>();
        String word = successors.get(START).sample(random);
        while (!word.equals(END) && words.size() < maxWords) {
            words.add(word);
            EmpiricalDistribution<String> next = successors.get(word);
            word = next == null ? END : next.sample(random);
        }
        return words;
    }
}
