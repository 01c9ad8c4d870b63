package org.livesurvey.ingest.classify;

import java.util.List;

/**
 * The survey's papers are computer science: every filed paper whose arXiv categories are known has a {@code cs.*}
 * one. A paper whose categories are known and are all elsewhere (nuclear physics, algebraic geometry) is not
 * relevant whatever its words: the relevance model learnt the field against computer-science listings only, and a
 * physics abstract can share enough general words ("model", "energy", "scaling") to pass it.
 */
final class FieldOfStudy {

    private static final List<String> ADMITTED = List.of("cs.", "stat.ML", "eess.");

    private FieldOfStudy() {
    }

    /** True when the categories are unknown, or one of them is computer science or close to it. */
    static boolean admits(ClassifierInput input) {
        return input.arxivCategories().isEmpty()
                || input.arxivCategories().stream().anyMatch(c -> ADMITTED.stream().anyMatch(c::startsWith));
    }
}
