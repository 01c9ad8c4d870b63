package org.livesurvey.benchmark.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Taxonomy;

/**
 * Makes any number of papers that look, to the search engine, like the real taxonomy's: categories, dates, venues,
 * contribution types, modalities, training regimes, tags and code links drawn from the real distributions
 * ({@link CorpusProfile}), titles written from the real titles' words ({@link WordChain}), and abstracts from the
 * category descriptions, the real abstracts and the keywords of each paper's own categories. The same seed gives the
 * same corpus.
 */
public final class SyntheticCorpus {

    public static final long DEFAULT_SEED = 20_250_401L;

    private static final String[] KEYWORD_SENTENCES = {"We study %s and %s.", "Our approach builds on %s.",
            "Experiments cover %s, %s and related settings.", "The results show how much %s matters."};

    private final CorpusProfile profile;
    private final Vocabulary vocabulary;
    private final WordChain titles;
    private final WordChain prose;
    private final Map<String, Category> categories;

    private SyntheticCorpus(CorpusProfile profile, Vocabulary vocabulary, WordChain titles, WordChain prose) {
        this.profile = profile;
        this.vocabulary = vocabulary;
        this.titles = titles;
        this.prose = prose;
        this.categories = profile.taxonomy().categoriesByPath();
    }

    /**
     * @throws IllegalArgumentException when the taxonomy has no papers or no categories to learn from
     */
    public static SyntheticCorpus learnFrom(Taxonomy taxonomy) {
        CorpusProfile profile = CorpusProfile.of(taxonomy);
        List<String> sentences = new ArrayList<>();
        taxonomy.categoriesByPath().values().forEach(category -> sentences.add(category.description()));
        taxonomy.papers().stream().filter(paper -> paper.abstractText() != null)
                .forEach(paper -> sentences.addAll(Arrays.asList(paper.abstractText().split("(?<=[.!?])\\s+"))));
        return new SyntheticCorpus(profile, Vocabulary.of(taxonomy), WordChain.learn(
                taxonomy.papers().stream().map(Paper::title).toList()), WordChain.learn(sentences));
    }

    /** The real category tree with {@code count} synthetic papers and no reproductions. */
    public Taxonomy generate(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("a corpus needs at least one paper, not " + count);
        }
        Random random = new Random(seed);
        AuthorPool authors = AuthorPool.generate(Math.max(1_000, count / 3), random);
        PaperIds ids = new PaperIds();
        List<Paper> papers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            papers.add(paper(random, authors, ids));
        }
        return new Taxonomy(profile.taxonomy().categories(), papers, List.of());
    }

    /** The words and phrases the load test searches for: the ones this corpus is written with. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public CorpusProfile profile() {
        return profile;
    }

    private Paper paper(Random random, AuthorPool authors, PaperIds ids) {
        PartialDate published = profile.published().sample(random);
        String id = ids.next(published);
        List<String> paths = profile.categoryLists().sample(random);
        boolean hasCode = profile.hasCode().sample(random);
        String arxiv = id.startsWith(PaperIds.UNDATED_PREFIX) ? null : id;
        Links links = new Links(arxiv == null ? null : "https://arxiv.org/abs/" + arxiv,
                arxiv == null ? null : "https://arxiv.org/pdf/" + arxiv,
                hasCode ? "https://github.com/livesurvey-benchmark/" + id.replace('.', '-') : null, null);
        return new Paper(id, titles.generate(random, 4, 20), authors.authorsOfOnePaper(random), published, null,
                profile.venue().sample(random), new Identifiers(arxiv, null), links,
                abstractOf(random, paths), paths, profile.tags().sample(random),
                profile.contribution().sample(random), profile.modality().sample(random),
                profile.training().sample(random), List.of(), List.of());
    }

    /** Four to seven sentences, one of which names keywords of the paper's categories (or their ancestors'). */
    private String abstractOf(Random random, List<String> paths) {
        int sentences = 4 + random.nextInt(4);
        int keywordSentence = random.nextInt(sentences);
        List<String> keywords = keywordsOf(paths);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String sentence = i == keywordSentence && !keywords.isEmpty()
                    ? keywordSentence(random, keywords)
                    : prose.generate(random, 8, 35);
            text.append(i == 0 ? "" : " ").append(sentence);
            // a walk cut at its length limit stops mid-sentence
            if (!sentence.matches(".*[.!?]$")) {
                text.append('.');
            }
        }
        return text.toString();
    }

    private static String keywordSentence(Random random, List<String> keywords) {
        String template = KEYWORD_SENTENCES[random.nextInt(KEYWORD_SENTENCES.length)];
        return String.format(template, keywords.get(random.nextInt(keywords.size())),
                keywords.get(random.nextInt(keywords.size())));
    }

    private List<String> keywordsOf(List<String> paths) {
        Set<String> keywords = new LinkedHashSet<>();
        for (String path : paths) {
            for (String node = path; node != null; node = categories.get(node).parentPath()) {
                keywords.addAll(categories.get(node).keywords());
            }
        }
        return new ArrayList<>(keywords);
    }

    /**
     * Ids in the arXiv style of the paper's month ({@code 2503.10000}, {@code 2503.10001}, ...), numbered from 10000
     * like real five-digit ids; a paper without a date gets {@code undated-000001} and no arXiv id.
     */
    private static final class PaperIds {

        static final String UNDATED_PREFIX = "undated-";

        private final Map<String, Integer> issuedPerMonth = new HashMap<>();
        private int undated;

        String next(PartialDate published) {
            if (published == null) {
                return String.format(Locale.ROOT, "%s%06d", UNDATED_PREFIX, ++undated);
            }
            String month = String.format(Locale.ROOT, "%02d%02d", published.year() % 100,
                    published.month() == null ? 1 : published.month());
            int number = issuedPerMonth.merge(month, 1, Integer::sum) + 9_999;
            return month + "." + number;
        }
    }
}
