package org.livesurvey.ingest.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.livesurvey.ingest.model.TitleNormalizer;

/**
 * How alike two titles are: the Dice coefficient of their character trigrams, after {@link TitleNormalizer}.
 * Trigrams forgive a changed word ("with" / "from") and spelling slips ("o fLarge") that word overlap punishes.
 *
 * <p>The thresholds were measured on the real data (ingest's TitleSimilarityMeasurementTest prints the figures):
 * of the 27 pairs of title forms that the curated lists give for one paper, 20 score at least {@link #SAME_WORK};
 * of the pairs of different papers in the taxonomy that only their titles could merge none does (the highest scores
 * 0.76; with different arXiv ids, "Visual-RFT" against "Reason-RFT" scores 0.84), while the three near-identical
 * duplicate pairs found by hand scored 0.87 to 0.94.
 */
public final class TitleSimilarity {

    /** At or above: the same work, merged automatically unless an identifier or the year says otherwise. */
    public static final double SAME_WORK = 0.86;
    /** At or above (but below {@link #SAME_WORK}): reported for a person to decide, never merged. */
    public static final double NEAR_MISS = 0.75;
    /** Below: two titles that an identifier claims are one paper contradict it. */
    public static final double UNRELATED = 0.5;

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "first", "second",
            "third", "ii", "iii", "iv");

    private TitleSimilarity() {
    }

    public static double of(String a, String b) {
        return dice(trigrams(a), trigrams(b));
    }

    /** The Dice coefficient of two titles' {@link #trigrams}, for callers that compare one title many times. */
    public static double dice(Set<String> first, Set<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String gram : first) {
            if (second.contains(gram)) {
                shared++;
            }
        }
        return 2.0 * shared / (first.size() + second.size());
    }

    /** The trigrams of the normalised title, padded with a space at both ends so that words' edges count. */
    public static Set<String> trigrams(String title) {
        String normalized = TitleNormalizer.normalizeTitle(title);
        Set<String> grams = new HashSet<>();
        if (normalized == null || normalized.isEmpty()) {
            return grams;
        }
        String padded = " " + normalized + " ";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    /**
     * Whether the titles differ in a number ("Part One" / "Part Two", "SYNTHETIC-1" / "SYNTHETIC-2", "Qwen2" /
     * "Qwen3"): such titles are near-identical by design and name different works.
     */
    public static boolean differInANumber(String a, String b) {
        Set<String> first = words(a);
        Set<String> second = words(b);
        Set<String> onlyOne = new HashSet<>(first);
        onlyOne.addAll(second);
        Set<String> both = new HashSet<>(first);
        both.retainAll(second);
        onlyOne.removeAll(both);
        return onlyOne.stream().anyMatch(word -> word.matches(".*\\d.*") || NUMBER_WORDS.contains(word));
    }

    private static Set<String> words(String title) {
        String normalized = TitleNormalizer.normalizeTitle(title);
        return normalized == null || normalized.isEmpty() ? Set.of() : new HashSet<>(List.of(normalized.split(" ")));
    }

    /**
     * The method's name that leads many titles ("VinePPO: Refining …"), normalised, or {@code null}: a paper retitled
     * on arXiv usually keeps it, so a shared name flags a possible duplicate for review even when the rest differs.
     */
    public static String nameOf(String title) {
        if (title == null) {
            return null;
        }
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String name = TitleNormalizer.normalizeTitle(title.substring(0, colon));
        boolean nameLike = name.length() >= 3 && name.split(" ").length <= 3;
        return nameLike ? name : null;
    }
}
