package org.livesurvey.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.embedded.search.EmbeddedElasticsearch;
import org.livesurvey.paper.IndexablePaper;
import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.PaperDetails.CategoryRef;
import org.livesurvey.paper.PaperService;
import org.livesurvey.results.ReproductionResults;
import org.livesurvey.results.ReproductionStatus;
import org.livesurvey.search.engine.ElasticsearchClients;
import org.livesurvey.search.engine.ElasticsearchClusterProperties;
import org.livesurvey.search.engine.SearchEngine;
import org.livesurvey.search.engine.SearchEngineProperties;
import org.livesurvey.taxonomy.TaxonomySyncService;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;

import org.springframework.beans.factory.annotation.Autowired;

class SearchIndexIntegrationTest extends SearchIntegrationTest {

    @Autowired
    PaperSearchService search;

    @Autowired
    PaperIndex index;

    @Autowired
    PaperIndexer indexer;

    @Autowired
    PaperService papers;

    @Autowired
    TaxonomySyncService taxonomySync;

    @Autowired
    ReproductionResults reproductions;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchEngineProperties properties;

    @TempDir
    Path temp;

    @Test
    void bothAliasesPointAtOneIndexOfTheCurrentMappingHoldingEveryPaper() throws IOException {
        Map<String, Set<String>> indices = index.indicesWithAliases();

        assertThat(indices).hasSize(1);
        String only = indices.keySet().iterator().next();
        assertThat(only).matches("papers-v" + PaperIndex.MAPPING_VERSION + "-\\d{8}-\\d{6}-\\d{3}");
        assertThat(indices.get(only)).containsExactlyInAnyOrder("papers", "papers-write");
        assertThat(index.indexedVersions()).isEqualTo(papers.versionsById());
    }

    @Test
    void aBuiltIndexIsRefreshedAndDurableLikeAnyOther() throws IOException {
        String searched = searchedIndex();

        IndexSettings settings = client.indices().getSettings(get -> get.index(searched)).get(searched).settings()
                .index();

        assertThat(settings.refreshInterval().time()).isEqualTo("1s");
        assertThat(settings.translog().durability()).isEqualTo(TranslogDurability.Request);
    }

    @Test
    void aReindexAskedForWhileARebuildRunsIsRefused() throws Exception {
        boolean refusedWhileRunning = false;
        // a rebuild of the small test corpus can end before it is seen running: then try again
        for (int attempt = 0; attempt < 5 && !refusedWhileRunning; attempt++) {
            CompletableFuture<PaperIndexer.Rebuild> running = CompletableFuture.supplyAsync(this::rebuild);
            while (!indexer.isRebuilding() && !running.isDone()) {
                Thread.onSpinWait();
            }
            if (indexer.isRebuilding()) {
                assertThatThrownBy(indexing::reindexAll).isInstanceOf(ReindexInProgressException.class);
                refusedWhileRunning = true;
            }
            indexer.deleteReplaced(running.get());
        }

        assertThat(refusedWhileRunning).as("a reindex asked for while a rebuild ran").isTrue();
        ReindexSummary afterwards = indexing.reindexAll();
        assertThat(afterwards.papers()).isEqualTo((int) papers.count());
        awaitOnly(afterwards.index());
    }

    @Test
    void papersReadForTheIndexAgreeWithThePapersAsShown() {
        List<String> ids = papers.versionsById().keySet().stream().sorted().toList();

        List<IndexablePaper> indexable = papers.indexable(ids);

        assertThat(indexable).extracting(IndexablePaper::id).containsExactlyElementsOf(ids);
        for (IndexablePaper paper : indexable) {
            PaperDetails shown = papers.get(paper.id());
            assertThat(paper).as(paper.id()).isEqualTo(new IndexablePaper(shown.id(), shown.title(),
                    shown.abstractText(), shown.authors(), shown.published(), shown.venue(),
                    shown.categories().stream().map(CategoryRef::path).toList(), shown.tags(), shown.contribution(),
                    shown.modality(), shown.training(), shown.links().code() != null, shown.version()));
        }
        assertThat(papers.indexable(List.of("2504.17040", "no-such-paper", "2203.02155")))
                .extracting(IndexablePaper::id).containsExactly("2504.17040", "2203.02155");
    }

    @Test
    void aRebuildDuringAStreamOfSearchesGivesNoErrorAndNeverAnEmptyResult() throws Exception {
        String before = searchedIndex();
        AtomicBoolean searching = new AtomicBoolean(true);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger empty = new AtomicInteger();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            while (searching.get()) {
                try {
                    PaperSearchResult withText = search.search(text("token merging"));
                    PaperSearchResult everything = search.search(request(null, Map.of(), Map.of(),
                            List.of(SearchField.CATEGORY)));
                    if (withText.total() == 0 || everything.total() == 0) {
                        empty.incrementAndGet();
                    }
                    searches.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        });

        while (searches.get() < 3 && failures.isEmpty()) {
            Thread.sleep(10);
        }
        int searchesBefore = searches.get();
        ReindexSummary first = indexing.reindexAll();
        ReindexSummary second = indexing.reindexAll();
        int during = searches.get() - searchesBefore;
        searching.set(false);
        stream.get();

        assertThat(failures).isEmpty();
        assertThat(empty.get()).isZero();
        assertThat(during).as("searches while rebuilding").isPositive();
        assertThat(first.papers()).isEqualTo(second.papers()).isEqualTo((int) papers.count());
        assertThat(second.index()).isNotIn(before, first.index());
        assertThat(searchedIndex()).isEqualTo(second.index());
        awaitOnly(second.index());
    }

    @Test
    void aSyncWritesTheChangedPapersAndRemovesTheGoneOnesWithoutARebuild() throws Exception {
        String searchedBefore = searchedIndex();
        Path tosa = TAXONOMY_DIR.resolve("papers/2506.20066.yaml");
        Path flan = TAXONOMY_DIR.resolve("papers/2109.01652.yaml");
        String tosaText = Files.readString(tosa);
        String flanText = Files.readString(flan);
        try {
            Files.writeString(tosa, tosaText.replace("title: \"ToSA: Token Merging with Spatial Awareness\"",
                    "title: \"ToSA: Token Merging with Spatial Awareness for Zebras\""));
            Files.delete(flan);

            taxonomySync.syncForAdmin();
            indexing.awaitIdle();

            assertThat(ids(search.search(text("zebras")))).containsExactly("2506.20066");
            assertThat(ids(search.search(text("zero-shot learners")))).doesNotContain("2109.01652");
            assertThat(searchedIndex()).isEqualTo(searchedBefore);
            assertThat(index.indexedVersions()).isEqualTo(papers.versionsById());
        } finally {
            Files.writeString(tosa, tosaText);
            Files.writeString(flan, flanText);
            taxonomySync.syncForAdmin();
            indexing.awaitIdle();
        }
        assertThat(ids(search.search(text("zero-shot learners")))).contains("2109.01652");
        assertThat(search.search(text("zebras")).total()).isZero();
    }

    @Test
    void aCatchUpRestoresWhatTheIndexMissesAndDropsWhatTheDatabaseLacks() throws IOException {
        index.remove(PaperIndex.WRITE_ALIAS, List.of("2305.18290"), true);
        index.put(PaperIndex.WRITE_ALIAS, List.of(ghostOf(papers.indexable(List.of("2210.03629")).get(0))), true);
        assertThat(ids(search.search(text("direct preference optimization")))).doesNotContain("2305.18290");

        assertThat(indexer.catchUp()).isEmpty();

        assertThat(ids(search.search(text("direct preference optimization")))).contains("2305.18290");
        assertThat(index.indexedVersions()).isEqualTo(papers.versionsById());
    }

    @Test
    void anIndexOfAnOlderMappingIsRebuiltAndDeleted() throws IOException {
        String current = searchedIndex();
        client.indices().create(create -> create.index("papers-v0-20240101-000000-000")
                .settings(settings -> settings.numberOfReplicas("0")));
        index.moveAliases("papers-v0-20240101-000000-000", List.of(current));

        PaperIndexer.Rebuild rebuild = indexer.catchUp().orElseThrow();
        indexer.deleteReplaced(rebuild);

        assertThat(rebuild.replaced()).containsExactly("papers-v0-20240101-000000-000");
        assertThat(index.indicesWithAliases()).containsOnlyKeys(rebuild.index());
        assertThat(PaperIndex.hasCurrentMapping(rebuild.index())).isTrue();
        assertThat(search.search(text("token merging")).total()).isPositive();
    }

    @Test
    void withTheEngineGoneSearchesFailFastAsUnavailableWhilePapersAreStillServed() throws IOException {
        try (ElasticsearchClient dead = clientFor(deadPort())) {
            PaperSearchService unreachable = new PaperSearchService(dead, papers);

            Instant started = Instant.now();
            assertThatThrownBy(() -> unreachable.search(text("token merging")))
                    .isInstanceOf(SearchUnavailableException.class);
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofMillis(1_500));
            assertThatThrownBy(() -> unreachable.suggest("tok", 5)).isInstanceOf(SearchUnavailableException.class);
            assertThatThrownBy(() -> unreachable.related("2504.17040", 5))
                    .isInstanceOf(SearchUnavailableException.class);
            assertThat(papers.get("2504.17040").title()).startsWith("DyMU");
        }
    }

    @Test
    void indexingWaitsForAnEngineThatIsDownAndCatchesUpWhenItComes() throws Exception {
        int port = deadPort();
        try (ElasticsearchClient later = clientFor(port)) {
            SearchEngineProperties quickRetry = new SearchEngineProperties(0, 1, null, properties.connectTimeout(),
                    properties.socketTimeout(), properties.indexingTimeout(), Duration.ofMillis(200));
            SearchEngine engine = new SearchEngine(List.of(URI.create("http://127.0.0.1:" + port)), true);
            SearchIndexService waiting = new SearchIndexService(
                    new PaperIndexer(new PaperIndex(later, engine, quickRetry), papers, reproductions), quickRetry);
            PaperSearchService searching = new PaperSearchService(later, papers);
            try {
                waiting.catchUpWhenReady();
                waiting.awaitIdle();
                assertThat(waiting.isOutOfDate()).isTrue();
                assertThatThrownBy(() -> searching.search(text("token merging")))
                        .isInstanceOf(SearchUnavailableException.class);

                try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(temp.resolve("es"), port)) {
                    Instant deadline = Instant.now().plusSeconds(30);
                    while (waiting.isOutOfDate() && Instant.now().isBefore(deadline)) {
                        Thread.sleep(100);
                    }

                    assertThat(waiting.isOutOfDate()).isFalse();
                    assertThat(searching.search(request(null, Map.of(), Map.of(), List.of())).total())
                            .isEqualTo(papers.count());
                }
            } finally {
                waiting.destroy();
            }
        }
    }

    private PaperIndexer.Rebuild rebuild() {
        try {
            return indexer.rebuild();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ElasticsearchClient clientFor(int port) {
        return ElasticsearchClients.connect(new SearchEngine(List.of(URI.create("http://127.0.0.1:" + port)), true),
                new ElasticsearchClusterProperties(List.of(), null, null), properties);
    }

    /** A port nothing listens on: taken from the system and released again. */
    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A document for a paper the database does not have: the copy of another under a new id. */
    private static PaperDocument ghostOf(IndexablePaper paper) {
        PaperDocument document = PaperDocument.of(paper, ReproductionStatus.NONE);
        return new PaperDocument("ghost-paper", document.title(), document.abstractText(), document.authors(),
                document.venue(), document.published(), document.publishedOn(), document.categories(),
                document.version(), document.category(), document.year(), document.author(), document.contribution(),
                document.modality(), document.training(), document.tag(), document.hasCode(), document.reproduction(),
                document.suggestTitle(), document.suggestAuthor());
    }

    private String searchedIndex() throws IOException {
        return index.indicesWithAliases().entrySet().stream()
                .filter(entry -> entry.getValue().contains(PaperIndex.READ_ALIAS))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    /** The replaced indices are deleted a moment after the switch, once searches on them have finished. */
    private void awaitOnly(String expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        while (index.indicesWithAliases().size() > 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(index.indicesWithAliases()).containsOnlyKeys(expected);
    }

    private static List<String> ids(PaperSearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }
}
