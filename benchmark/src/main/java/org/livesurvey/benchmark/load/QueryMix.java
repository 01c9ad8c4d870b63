package org.livesurvey.benchmark.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

import org.livesurvey.benchmark.corpus.CorpusProfile;
import org.livesurvey.benchmark.corpus.EmpiricalDistribution;
import org.livesurvey.benchmark.corpus.Vocabulary;
import org.livesurvey.ingest.model.ContributionType;

/**
 * The searches the load test sends: every one has text (one to three title words, or a category keyword phrase),
 * zero to three filters whose values follow the corpus's own distributions, and asks for all facets. Most use the
 * default order and the first page, as people do.
 */
public final class QueryMix {

    static final String PATH = "/api/v1/search";
    /** How often each field is filtered on: the category tree and the year are what people narrow by first. */
    private static final Map<String, Integer> FIELD_POPULARITY = fieldPopularity();

    private final Vocabulary vocabulary;
    private final Map<String, EmpiricalDistribution<String>> filterValues = new LinkedHashMap<>();
    private final EmpiricalDistribution<String> filteredFields;

    public QueryMix(Vocabulary vocabulary, CorpusProfile profile) {
        this.vocabulary = vocabulary;
        putIfAny("category", profile.categoryLists().values().stream().anyMatch(l -> !l.isEmpty()),
                () -> CorpusProfile.elements(profile.categoryLists()));
        putIfAny("year", profile.published().values().stream().anyMatch(Objects::nonNull),
                () -> map(CorpusProfile.present(profile.published()), date -> Integer.toString(date.year())));
        putIfAny("venue", profile.venue().values().stream().anyMatch(Objects::nonNull),
                () -> CorpusProfile.present(profile.venue()));
        putIfAny("contribution", profile.contribution().values().stream().anyMatch(Objects::nonNull),
                () -> map(CorpusProfile.present(profile.contribution()), ContributionType::key));
        putIfAny("modality", profile.modality().values().stream().anyMatch(l -> !l.isEmpty()),
                () -> CorpusProfile.elements(profile.modality()));
        putIfAny("training", profile.training().values().stream().anyMatch(Objects::nonNull),
                () -> CorpusProfile.present(profile.training()));
        putIfAny("tag", profile.tags().values().stream().anyMatch(l -> !l.isEmpty()),
                () -> CorpusProfile.elements(profile.tags()));
        putIfAny("has_code", true, () -> map(profile.hasCode(), String::valueOf));
        Map<String, Integer> fields = new LinkedHashMap<>();
        filterValues.keySet().forEach(field -> fields.put(field, FIELD_POPULARITY.get(field)));
        this.filteredFields = EmpiricalDistribution.weighted(fields);
    }

    /** The path and query of one search, e.g. {@code /api/v1/search?q=token+merging&filter=year%3A2025&facets=all}. */
    public String next(Random random) {
        StringBuilder uri = new StringBuilder(PATH).append("?q=").append(encode(text(random)));
        String filter = filter(random);
        if (!filter.isEmpty()) {
            uri.append("&filter=").append(encode(filter));
        }
        uri.append("&facets=all");
        double order = random.nextDouble();
        if (order < 0.10) {
            uri.append("&sort=newest");
        } else if (order < 0.15) {
            uri.append("&sort=oldest");
        }
        if (random.nextDouble() < 0.10) {
            uri.append("&page=").append(2 + random.nextInt(4));
        }
        return uri.toString();
    }

    private String text(Random random) {
        if (random.nextDouble() < 0.3) {
            return vocabulary.keywordPhrases().sample(random);
        }
        double length = random.nextDouble();
        int words = length < 0.50 ? 1 : length < 0.85 ? 2 : 3;
        List<String> text = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            text.add(vocabulary.titleWords().sample(random));
        }
        return String.join(" ", text);
    }

    /** Zero to three clauses on distinct fields; a category is often one of its ancestors, a year often two years. */
    private String filter(Random random) {
        double draw = random.nextDouble();
        int clauses = Math.min(filterValues.size(), draw < 0.25 ? 0 : draw < 0.60 ? 1 : draw < 0.85 ? 2 : 3);
        Map<String, String> chosen = new LinkedHashMap<>();
        while (chosen.size() < clauses) {
            String field = filteredFields.sample(random);
            chosen.computeIfAbsent(field, key -> value(key, random));
        }
        List<String> parts = new ArrayList<>();
        chosen.forEach((field, value) -> parts.add(field + ":" + value));
        return String.join(",", parts);
    }

    private String value(String field, Random random) {
        String value = filterValues.get(field).sample(random);
        if (field.equals("category") && random.nextBoolean()) {
            String[] nodes = value.split("/");
            value = String.join("/", List.of(nodes).subList(0, 1 + random.nextInt(nodes.length)));
        }
        if (field.equals("year") && random.nextDouble() < 0.3) {
            String other = filterValues.get(field).sample(random);
            return other.equals(value) ? value : value + "|" + other;
        }
        return FilterValues.quotedIfNeeded(value);
    }

    private void putIfAny(String field, boolean any, Supplier<EmpiricalDistribution<String>> values) {
        if (any) {
            filterValues.put(field, values.get());
        }
    }

    private static <T> EmpiricalDistribution<String> map(EmpiricalDistribution<T> distribution,
                                                         Function<T, String> key) {
        Map<String, Double> weights = new LinkedHashMap<>();
        distribution.values().forEach(value -> weights.merge(key.apply(value), distribution.probability(value),
                Double::sum));
        return EmpiricalDistribution.weighted(weights);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> fieldPopularity() {
        Map<String, Integer> popularity = new LinkedHashMap<>();
        popularity.put("category", 30);
        popularity.put("year", 25);
        popularity.put("has_code", 10);
        popularity.put("contribution", 10);
        popularity.put("venue", 8);
        popularity.put("training", 8);
        popularity.put("modality", 5);
        popularity.put("tag", 4);
        return popularity;
    }
}
