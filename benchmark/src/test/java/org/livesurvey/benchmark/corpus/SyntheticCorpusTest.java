package org.livesurvey.benchmark.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.ContributionType;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Taxonomy;

/** The corpus follows the distributions of the taxonomy it learned from; checked on a small taxonomy built in code. */
class SyntheticCorpusTest {

    private static final int PAPERS = 10_000;
    private static final double TOLERANCE = 0.02;

    /** Long sentences, so that the word chain rarely ends before the eight words a generated sentence needs. */
    private static final String ABSTRACT = "We merge visual tokens of similar content in every layer of the encoder "
            + "and keep the language model unchanged while the number of tokens drops by half on average. "
            + "On the benchmarks we test the accuracy of the model stays within one point of the full model while the "
            + "cost of each answer falls with the number of tokens that reach the language model.";

    private static final Category MERGING = category("efficiency/token-merging", "Token merging",
            "Merging similar visual tokens so that fewer reach the language model.", List.of("token merging"));
    private static final Category EFFICIENCY = new Category("efficiency", "efficiency", "Efficiency",
            "Making reasoning cheaper.", List.of("efficient reasoning"), List.of(MERGING));
    private static final Category ALIGNMENT = category("alignment", "Alignment",
            "Making model behaviour match human preferences.", List.of("human feedback", "DPO"));

    private static final Taxonomy REAL = new Taxonomy(List.of(EFFICIENCY, ALIGNMENT), List.of(
            paper("2504.17040", "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs", "2025-04",
                    "ICCV 2025", List.of("efficiency/token-merging"), ContributionType.METHOD, "training-free",
                    "https://github.com/example/dymu"),
            paper("2305.18290", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
                    "2023-05", "NeurIPS 2023", List.of("alignment", "efficiency"), null, "rl", null),
            paper("2502.00001", "Efficient Reasoning with Fewer Tokens", "2025-02", null,
                    List.of("efficiency"), ContributionType.BENCHMARK, null, null),
            paper("2501.00002", "Learning from Human Feedback at Scale", "2025", null, List.of("alignment"), null,
                    "rl", null)), List.of());

    @Test
    void facetFieldsFollowTheRealShares() {
        List<Paper> papers = SyntheticCorpus.learnFrom(REAL).generate(PAPERS, 1).papers();

        assertThat(papers).hasSize(PAPERS);
        assertThat(share(papers, p -> p.venue() != null)).isCloseTo(0.50, within(TOLERANCE));
        assertThat(share(papers, p -> "ICCV 2025".equals(p.venue()))).isCloseTo(0.25, within(TOLERANCE));
        assertThat(share(papers, p -> p.links().code() != null)).isCloseTo(0.25, within(TOLERANCE));
        assertThat(share(papers, p -> "rl".equals(p.training()))).isCloseTo(0.50, within(TOLERANCE));
        assertThat(share(papers, p -> p.contribution() == null)).isCloseTo(0.50, within(TOLERANCE));
        assertThat(share(papers, p -> p.published().year() == 2025)).isCloseTo(0.75, within(TOLERANCE));
        assertThat(share(papers, p -> p.categories().size() == 2)).isCloseTo(0.25, within(TOLERANCE));
        assertThat(share(papers, p -> "alignment".equals(p.branch()))).isCloseTo(0.50, within(TOLERANCE));
        assertThat(papers.stream().flatMap(paper -> paper.categories().stream()))
                .allMatch(REAL.categoriesByPath().keySet()::contains);
    }

    @Test
    void everyPaperHasTextAuthorsAndUniqueIdentifiers() {
        List<Paper> papers = SyntheticCorpus.learnFrom(REAL).generate(PAPERS, 2).papers();

        assertThat(papers.stream().map(Paper::id).distinct().count()).isEqualTo(PAPERS);
        assertThat(papers.stream().map(p -> p.identifiers().arxiv()).distinct().count()).isEqualTo(PAPERS);
        assertThat(papers).allMatch(p -> p.id().matches("\\d{4}\\.\\d{5}"))
                .allMatch(p -> p.title().split(" ").length >= 4 && p.title().split(" ").length <= 20)
                .allMatch(p -> !p.abstractText().isBlank())
                .allMatch(p -> !p.authors().isEmpty() && new HashSet<>(p.authors()).size() == p.authors().size());
    }

    @Test
    void abstractsNameKeywordsOfThePapersOwnCategories() {
        List<Paper> merging = SyntheticCorpus.learnFrom(REAL).generate(2_000, 3).papers().stream()
                .filter(p -> p.categories().equals(List.of("efficiency/token-merging"))).toList();

        assertThat(merging).isNotEmpty().allSatisfy(paper -> assertThat(paper.abstractText())
                .containsAnyOf("token merging", "efficient reasoning")
                .doesNotContain("human feedback"));
    }

    @Test
    void theSameSeedGivesTheSameCorpus() {
        SyntheticCorpus corpus = SyntheticCorpus.learnFrom(REAL);

        assertThat(corpus.generate(500, 42)).isEqualTo(SyntheticCorpus.learnFrom(REAL).generate(500, 42))
                .isNotEqualTo(corpus.generate(500, 43));
    }

    @Test
    void theVocabularyHoldsTitleWordsAndKeywordsButNoQuerySyntax() {
        Vocabulary vocabulary = SyntheticCorpus.learnFrom(REAL).vocabulary();

        assertThat(vocabulary.titleWords().values()).contains("dymu", "merging", "efficient", "reasoning")
                .doesNotContain("and", "for", "with", "dymu:").allMatch(Objects::nonNull);
        assertThat(vocabulary.keywordPhrases().values()).containsExactlyInAnyOrder("token merging",
                "efficient reasoning", "human feedback", "dpo");
    }

    @Test
    void refusesATaxonomyWithoutPapers() {
        assertThatThrownBy(() -> SyntheticCorpus.learnFrom(new Taxonomy(List.of(ALIGNMENT), List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 papers");
        assertThatThrownBy(() -> SyntheticCorpus.learnFrom(REAL).generate(0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double share(List<Paper> papers, Predicate<Paper> test) {
        return papers.stream().filter(test).count() / (double) papers.size();
    }

    private static Category category(String path, String name, String description, List<String> keywords) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        return new Category(path, id, name, description, keywords, List.of());
    }

    private static Paper paper(String id, String title, String published, String venue, List<String> categories,
                               ContributionType contribution, String training, String code) {
        return new Paper(id, title, List.of(), PartialDate.parse(published), null, venue,
                new Identifiers(id, null), new Links("https://arxiv.org/abs/" + id, null, code, null), ABSTRACT,
                categories, List.of(), contribution, List.of(), training, List.of(), List.of());
    }
}
