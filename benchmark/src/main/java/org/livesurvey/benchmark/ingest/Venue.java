package org.livesurvey.benchmark.ingest;

import java.util.List;

/**
 * Where a sample paper appeared besides arXiv.
 *
 * @param macro     its BibTeX {@code @string} name
 * @param doiPrefix the publisher's DOI prefix, or {@code null} when the venue gives papers no DOI
 */
record Venue(String name, String macro, boolean journal, String doiPrefix) {

    /** Venues of the field, as their publishers name them. */
    static final List<Venue> COMMON = List.of(
            new Venue("Advances in Neural Information Processing Systems", "neurips", false, null),
            new Venue("International Conference on Learning Representations", "iclr", false, null),
            new Venue("Proceedings of the 42nd International Conference on Machine Learning", "icml", false, null),
            new Venue("Proceedings of the 63rd Annual Meeting of the Association for Computational Linguistics",
                    "acl", false, "10.18653/v1"),
            new Venue("Findings of the Association for Computational Linguistics: EMNLP 2025", "findingsemnlp", false,
                    "10.18653/v1"),
            new Venue("Proceedings of the AAAI Conference on Artificial Intelligence", "aaai", false, "10.1609/aaai"),
            new Venue("Transactions on Machine Learning Research", "tmlr", true, null),
            new Venue("Journal of Machine Learning Research", "jmlr", true, null));
}
