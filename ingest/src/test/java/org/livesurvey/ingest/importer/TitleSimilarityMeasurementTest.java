package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.TitleNormalizer;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;

/**
 * Measures the fuzzy-title thresholds on real data and prints the figures: the title forms the curated lists give for
 * one paper (positives) against every pair of different papers in the repository's taxonomy (negatives).
 */
class TitleSimilarityMeasurementTest {

    @Test
    void theSameWorkThresholdSeparatesTheRealData() throws IOException {
        List<Double> variants = variantScores(Fixtures.corpus().resolve("papers.jsonl"));
        List<Paper> papers = new TaxonomyReader().read(Path.of("../taxonomy")).taxonomy().papers();
        List<Double> distinct = distinctPairScores(papers);

        long variantsMerged = variants.stream().filter(s -> s >= TitleSimilarity.SAME_WORK).count();
        long distinctMerged = distinct.stream().filter(s -> s >= TitleSimilarity.SAME_WORK).count();
        long distinctReviewed = distinct.stream().filter(s -> s >= TitleSimilarity.NEAR_MISS).count();
        double highestDistinct = distinct.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        System.out.printf(Locale.ROOT, "title similarity on real data: %d of %d list title variants of one paper"
                        + " reach %.2f (recall %.2f); %d of %d compared pairs of different papers do (highest %.3f);"
                        + " %d pairs fall in the near-miss band [%.2f, %.2f)%n",
                variantsMerged, variants.size(), TitleSimilarity.SAME_WORK, (double) variantsMerged / variants.size(),
                distinctMerged, distinct.size(), highestDistinct, distinctReviewed - distinctMerged,
                TitleSimilarity.NEAR_MISS, TitleSimilarity.SAME_WORK);

        assertThat(distinctMerged).as("different papers the threshold would merge").isZero();
        assertThat((double) variantsMerged / variants.size()).as("recall on list title variants").isGreaterThan(0.7);
    }

    /** Scores of the list's other forms of each title that differ after normalisation. */
    private static List<Double> variantScores(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Double> scores = new ArrayList<>();
        for (String line : Files.readAllLines(corpus)) {
            JsonNode record = json.readTree(line);
            String title = record.path("title").asText();
            for (JsonNode variant : record.path("title_variants")) {
                if (!TitleNormalizer.normalizeTitle(variant.asText()).equals(TitleNormalizer.normalizeTitle(title))) {
                    scores.add(TitleSimilarity.of(title, variant.asText()));
                }
            }
        }
        return scores;
    }

    /** Pairs that share only trigrams this common (" th", "ing") score far below any threshold. */
    private static final int COMMON_TRIGRAM = 200;

    /**
     * Scores of every pair of papers that share a rarer trigram and that only their titles could merge: pairs whose arXiv
     * ids, DOIs or years contradict are never merged by title (two surveys can share one title), nor are pairs that
     * a reader marked distinct.
     */
    private static List<Double> distinctPairScores(List<Paper> papers) {
        List<Set<String>> grams = papers.stream().map(p -> TitleSimilarity.trigrams(p.title())).toList();
        Map<String, List<Integer>> postings = new HashMap<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            Set<Integer> candidates = new LinkedHashSet<>();
            for (String gram : grams.get(i)) {
                List<Integer> ids = postings.getOrDefault(gram, List.of());
                if (ids.size() <= COMMON_TRIGRAM) {
                    candidates.addAll(ids);
                }
            }
            for (int j : candidates) {
                Paper a = papers.get(i);
                Paper b = papers.get(j);
                if (!a.distinctFrom().contains(b.id()) && !b.distinctFrom().contains(a.id())
                        && Identity.contradiction(a, b) == null) {
                    scores.add(TitleSimilarity.dice(grams.get(i), grams.get(j)));
                }
            }
            int index = i;
            grams.get(i).forEach(g -> postings.computeIfAbsent(g, k -> new ArrayList<>()).add(index));
        }
        return scores;
    }
}
