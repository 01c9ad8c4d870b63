package org.livesurvey.ingest.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.livesurvey.ingest.importer.PaperIds;
import org.livesurvey.ingest.importer.TitleSimilarity;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.TitleNormalizer;
import org.livesurvey.ingest.taxonomy.Located;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/**
 * Duplicates that exact keys miss: two files whose titles are near-identical (a changed word, a list's
 * paraphrase), and a file without an arXiv id whose title shares its method name with an arXiv paper's (a venue or
 * web copy of a preprint that was retitled: "VinePPO: …"). Either is fine once one of the files names the other
 * in {@code distinct_from}; pairs of arXiv papers with different ids are different submissions and pass.
 */
final class SimilarPaperCheck implements TaxonomyCheck {

    /** A trigram in more titles than this is left out of the candidate search: it says little about a title. */
    private static final int COMMON_TRIGRAM = 200;

    @Override
    public List<Problem> check(TaxonomyReading reading) {
        List<Located<Paper>> papers = reading.papers();
        List<Set<String>> trigrams = papers.stream().map(p -> TitleSimilarity.trigrams(p.value().title())).toList();
        Map<String, List<Integer>> byTrigram = new HashMap<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            Located<Paper> later = papers.get(i);
            for (int earlier : candidates(later.value(), trigrams.get(i), byTrigram, byName)) {
                double score = TitleSimilarity.dice(trigrams.get(earlier), trigrams.get(i));
                String why = whyAlike(papers.get(earlier).value(), later.value(), score);
                if (why != null) {
                    problems.add(later.problemAt("/title", why + " as " + shownPath(reading.directory(),
                            papers.get(earlier).file()) + " ('" + papers.get(earlier).value().title()
                            + "'): merge the two files (the merged one keeps the other id in former_ids) or, if they"
                            + " are different works, add distinct_from: [" + papers.get(earlier).value().id() + "]"));
                }
            }
            index(later.value(), trigrams.get(i), i, byTrigram, byName);
        }
        return problems;
    }

    /** Why the two files look like one work, or {@code null}. */
    private static String whyAlike(Paper earlier, Paper later, double score) {
        if (earlier.distinctFrom().contains(later.id()) || later.distinctFrom().contains(earlier.id())) {
            return null;
        }
        String normalizedEarlier = TitleNormalizer.normalizeTitle(earlier.title());
        if (normalizedEarlier.equals(TitleNormalizer.normalizeTitle(later.title()))) {
            return null; // the exact-title duplicate check reports it
        }
        boolean earlierArxiv = PaperIds.arxivIdOf(earlier) != null;
        boolean laterArxiv = PaperIds.arxivIdOf(later) != null;
        if (earlierArxiv && laterArxiv) {
            return null;
        }
        if (score >= TitleSimilarity.SAME_WORK && !TitleSimilarity.differInANumber(earlier.title(), later.title())) {
            return String.format(Locale.ROOT, "near-identical title (similarity %.2f)", score);
        }
        boolean oneIsArxiv = earlierArxiv || laterArxiv;
        String name = TitleSimilarity.nameOf(later.title());
        if (oneIsArxiv && name != null && name.equals(TitleSimilarity.nameOf(earlier.title()))) {
            return "no arXiv id, but the same method name '" + name + "'";
        }
        return null;
    }

    private static Set<Integer> candidates(Paper paper, Set<String> trigrams, Map<String, List<Integer>> byTrigram,
                                           Map<String, List<Integer>> byName) {
        Set<Integer> candidates = new LinkedHashSet<>();
        for (String gram : trigrams) {
            List<Integer> postings = byTrigram.getOrDefault(gram, List.of());
            if (postings.size() <= COMMON_TRIGRAM) {
                candidates.addAll(postings);
            }
        }
        String name = TitleSimilarity.nameOf(paper.title());
        if (name != null) {
            candidates.addAll(byName.getOrDefault(name, List.of()));
        }
        return candidates;
    }

    private static void index(Paper paper, Set<String> trigrams, int position, Map<String, List<Integer>> byTrigram,
                              Map<String, List<Integer>> byName) {
        for (String gram : trigrams) {
            byTrigram.computeIfAbsent(gram, g -> new ArrayList<>()).add(position);
        }
        String name = TitleSimilarity.nameOf(paper.title());
        if (name != null) {
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(position);
        }
    }

    static String shownPath(Path directory, Path file) {
        Path absoluteDirectory = directory.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        Path shown = absoluteFile.startsWith(absoluteDirectory) ? absoluteDirectory.relativize(absoluteFile) : file;
        return shown.toString().replace('\\', '/');
    }
}
