package org.livesurvey.ingest.taxonomy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds what a contributor probably meant: the candidate with the fewest typing edits from what was written. */
public final class NearestMatch {

    private NearestMatch() {
    }

    /**
     * The closest candidate no more than {@code maxEdits} insertions, deletions or substitutions away; nothing when
     * two candidates are equally close ('tpu' is as near to 'cpu' as to 'gpu': guessing would mislead).
     */
    public static Optional<String> among(String written, Collection<String> candidates, int maxEdits) {
        List<Scored> closest = candidates.stream()
                .filter(candidate -> !candidate.equals(written))
                .map(candidate -> new Scored(candidate, distance(written, candidate)))
                .filter(scored -> scored.edits() <= maxEdits)
                .sorted(Comparator.comparingInt(Scored::edits))
                .limit(2)
                .toList();
        boolean unique = closest.size() == 1 || closest.size() == 2 && closest.get(0).edits() < closest.get(1).edits();
        return unique ? Optional.of(closest.get(0).candidate()) : Optional.empty();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String candidate, int edits) {
    }
}
