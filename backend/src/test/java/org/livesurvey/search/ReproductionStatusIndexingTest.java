package org.livesurvey.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.search.PaperSearchResult.FacetCount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reproduction facet follows the database even where no event announces a change: a run that a worker process
 * elsewhere recorded, or a spec that a sync added without changing its paper. The index compares statuses every
 * retry interval (1 s here).
 */
class ReproductionStatusIndexingTest extends SearchIntegrationTest {

    private static final String OTC = "2504.14870";
    private static final Duration WITHIN_A_FEW_INTERVALS = Duration.ofSeconds(20);

    @Autowired
    PaperSearchService search;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheReproduction() {
        jdbc.sql("delete from reproduction where id = 'otc-unannounced'").update();
        await().atMost(WITHIN_A_FEW_INTERVALS).until(() -> !reproductionFacet().containsKey("pending"));
    }

    @Test
    void aReproductionNoEventAnnouncedReachesTheFacetAndLeavesItAgain() {
        assertThat(reproductionFacet()).containsOnlyKeys("none");

        jdbc.sql("""
                        insert into reproduction (id, paper_id, experiment, hardware, config, timeout_seconds,
                            content_hash)
                        values ('otc-unannounced', :paper, 'otc', 'cpu', 'cpu', 600, 'test')""")
                .param("paper", OTC).update();
        jdbc.sql("""
                        insert into reproduction_check (reproduction_id, position, claim_id, metric, rule, tolerance)
                        values ('otc-unannounced', 0, 'tool-call-reduction', 'tool_call_reduction', 'within', 25)""")
                .update();

        // checked by a reproduction that has not run: pending
        await().atMost(WITHIN_A_FEW_INTERVALS).until(() -> reproductionFacet().containsKey("pending"));
        assertThat(search.search(request(null, Map.of(SearchField.REPRODUCTION, List.of("pending")), Map.of(),
                List.of())).hits()).extracting(SearchHit::id).containsExactly(OTC);

        jdbc.sql("delete from reproduction where id = 'otc-unannounced'").update();

        await().atMost(WITHIN_A_FEW_INTERVALS).until(() -> !reproductionFacet().containsKey("pending"));
        assertThat(reproductionFacet()).containsOnlyKeys("none");
    }

    private Map<String, Long> reproductionFacet() {
        return search.search(request(null, Map.of(), Map.of(), List.of(SearchField.REPRODUCTION)))
                .facets().get(SearchField.REPRODUCTION).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }
}
