package org.livesurvey.search.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The valid name a client most likely meant by a name we do not know: the one fewest edits away (insertions,
 * deletions, substitutions and swaps of neighbours, so {@code yaer} is one edit from {@code year}), provided that it
 * is close enough to be a typo, or one that contains the typed name or is contained in it
 * ({@code publication_year} → {@code year}).
 */
final class NearestName {

    private static final int MIN_CONTAINED_LENGTH = 3;

    private NearestName() {
    }

    static Optional<String> among(Collection<String> validNames, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return validNames.stream()
                .filter(name -> isPlausible(name, wanted))
                .min(Comparator.comparingInt(name -> editDistance(name, wanted)));
    }

    private static boolean isPlausible(String name, String wanted) {
        boolean contained = Math.min(name.length(), wanted.length()) >= MIN_CONTAINED_LENGTH
                && (name.contains(wanted) || wanted.contains(name));
        return contained || editDistance(name, wanted) <= typoBudget(wanted);
    }

    /** One edit for short names, up to three for long ones: beyond that a "suggestion" would be a guess. */
    private static int typoBudget(String wanted) {
        return Math.max(1, Math.min(3, wanted.length() / 3));
    }

    /** Optimal string alignment distance (Levenshtein plus transpositions of adjacent characters). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
