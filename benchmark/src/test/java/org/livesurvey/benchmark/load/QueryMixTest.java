package org.livesurvey.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.livesurvey.benchmark.corpus.SyntheticCorpus;
import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Taxonomy;

/** The searches of the load test: text always, all facets always, zero to three filters with real values. */
class QueryMixTest {

    private static final Category CHILD = new Category("reasoning/search", "search", "Search",
            "Tree search over reasoning steps.", List.of("tree search"), List.of());
    private static final Taxonomy REAL = new Taxonomy(List.of(new Category("reasoning", "reasoning", "Reasoning",
            "Multi-step reasoning.", List.of("chain of thought"), List.of(CHILD))), List.of(
            paper("2501.00001", "Tree Search for Reasoning", "2025-01", "ACL, Findings 2025", "reasoning/search"),
            paper("2401.00002", "Reasoning without Search", "2024-01", null, "reasoning")), List.of());

    @Test
    void everySearchHasTextAllFacetsAndAtMostThreeFiltersOfRealValues() {
        SyntheticCorpus corpus = SyntheticCorpus.learnFrom(REAL);
        QueryMix mix = new QueryMix(corpus.vocabulary(), corpus.profile());
        Random random = new Random(5);
        Map<Integer, Integer> clausesSeen = new LinkedHashMap<>();
        List<String> filters = new ArrayList<>();

        for (int i = 0; i < 2_000; i++) {
            Map<String, String> parameters = parameters(mix.next(random));
            assertThat(parameters.get("q")).isNotBlank();
            assertThat(parameters).containsEntry("facets", "all");
            String filter = parameters.getOrDefault("filter", "");
            int clauses = filter.isEmpty() ? 0 : filter.split(",(?=[a-z_]+:)").length;
            clausesSeen.merge(clauses, 1, Integer::sum);
            filters.add(filter);
        }

        assertThat(clausesSeen).containsOnlyKeys(0, 1, 2, 3);
        assertThat(filters).anyMatch(f -> f.contains("category:reasoning/search"))
                .anyMatch(f -> f.matches(".*year:(2024|2025)(\\|(2024|2025))?.*"))
                .anyMatch(f -> f.contains("venue:\"ACL, Findings 2025\""))
                .noneMatch(f -> f.contains("venue:ACL"));
    }

    @Test
    void quotesFilterValuesOnlyWhenTheSyntaxNeedsIt() {
        assertThat(FilterValues.quotedIfNeeded("efficiency/reasoning-economy")).isEqualTo("efficiency/reasoning-economy");
        assertThat(FilterValues.quotedIfNeeded("NeurIPS 2025")).isEqualTo("NeurIPS 2025");
        assertThat(FilterValues.quotedIfNeeded("ACL, Findings")).isEqualTo("\"ACL, Findings\"");
        assertThat(FilterValues.quotedIfNeeded("a|b")).isEqualTo("\"a|b\"");
        assertThat(FilterValues.quotedIfNeeded("say \"hi\" \\o/")).isEqualTo("\"say \\\"hi\\\" \\\\o/\"");
    }

    private static Map<String, String> parameters(String pathAndQuery) {
        URI uri = URI.create(pathAndQuery);
        assertThat(uri.getPath()).isEqualTo("/api/v1/search");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static Paper paper(String id, String title, String published, String venue, String category) {
        return new Paper(id, title, List.of(), PartialDate.parse(published), null, venue, new Identifiers(id, null),
                Links.NONE, null, List.of(category), List.of(), null, List.of(), null, List.of(), List.of());
    }
}
