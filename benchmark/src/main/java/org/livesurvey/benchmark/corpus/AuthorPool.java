package org.livesurvey.benchmark.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up authors. The real taxonomy names authors for a handful of papers only (the curated lists give none), so
 * this is the one part of the corpus not learned from it: names built from syllables, a few prolific authors and a
 * long tail (Zipf-like popularity), and typically four to six authors a paper, as on LLM papers.
 */
final class AuthorPool {

    private static final String[] GIVEN_SYLLABLES = {"an", "bo", "chen", "da", "el", "fa", "gi", "ha", "jun", "ka",
            "li", "ma", "ni", "ol", "pe", "qi", "ra", "sa", "ta", "ul", "va", "wei", "xi", "ya", "zo", "mir", "tor",
            "len", "ros", "kai"};
    private static final String[] FAMILY_SYLLABLES = {"ber", "cas", "dor", "fen", "gar", "hol", "ito", "jan", "kov",
            "lin", "mar", "nak", "ost", "pan", "quin", "ros", "sun", "tan", "usa", "vel", "wang", "xu", "yam", "zhao",
            "mor", "lee", "sch", "ard", "ein", "son", "ova", "ida", "ez", "ski", "ham", "ler", "ton", "rio", "ani",
            "ver"};
    /** Authors per paper: weights for 1 to 20 authors. */
    private static final int[][] AUTHORS_PER_PAPER = {{1, 4}, {2, 8}, {3, 12}, {4, 14}, {5, 13}, {6, 10}, {7, 8},
            {8, 6}, {9, 4}, {10, 3}, {12, 2}, {15, 1}, {20, 1}};
    /** Below 1 the tail is heavier than a pure 1/rank law: most authors write a few papers, not one. */
    private static final double POPULARITY_EXPONENT = 0.8;

    private final EmpiricalDistribution<String> names;
    private final EmpiricalDistribution<Integer> authorsPerPaper;

    private AuthorPool(EmpiricalDistribution<String> names) {
        this.names = names;
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int[] weight : AUTHORS_PER_PAPER) {
            counts.put(weight[0], weight[1]);
        }
        this.authorsPerPaper = EmpiricalDistribution.weighted(counts);
    }

    /** A pool of {@code size} distinct names; the first ones are the most prolific. */
    static AuthorPool generate(int size, Random random) {
        Set<String> distinct = new LinkedHashSet<>();
        while (distinct.size() < size) {
            distinct.add(name(GIVEN_SYLLABLES, 2, random) + " " + name(FAMILY_SYLLABLES, 2 + random.nextInt(2), random));
        }
        Map<String, Double> popularity = new LinkedHashMap<>();
        int rank = 1;
        for (String name : distinct) {
            popularity.put(name, 1 / Math.pow(rank++, POPULARITY_EXPONENT));
        }
        return new AuthorPool(EmpiricalDistribution.weighted(popularity));
    }

    /** The authors of one paper, each once. */
    List<String> authorsOfOnePaper(Random random) {
        int wanted = authorsPerPaper.sample(random);
        Set<String> authors = new LinkedHashSet<>();
        // popular names repeat; a bounded number of draws keeps a paper from waiting on an unlucky streak
        for (int draws = 0; authors.size() < wanted && draws < wanted * 10; draws++) {
            authors.add(names.sample(random));
        }
        return new ArrayList<>(authors);
    }

    private static String name(String[] syllables, int count, Random random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            name.append(syllables[random.nextInt(syllables.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
