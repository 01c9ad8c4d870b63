package org.livesurvey.ingest.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.taxonomy.Problem;

class TaxonomySyncTest {

    private static final List<String> CHILD_TABLES = List.of("paper_author", "paper_category", "paper_tag",
            "paper_link", "paper_source", "claim");

    @TempDir
    Path dir;

    private DataSource dataSource;
    private Queries db;
    private TestTaxonomy taxonomy;
    private TaxonomySync sync;

    @BeforeEach
    void freshDatabase() {
        dataSource = EmbeddedPostgresForTests.newDatabase().dataSource();
        DatabaseMigrator.migrate(dataSource);
        db = new Queries(dataSource);
        taxonomy = TestTaxonomy.in(dir);
        sync = new TaxonomySync(dataSource);
    }

    @Test
    void firstSyncAddsTheTreeAndEveryPaperWithItsRows() {
        taxonomy.writeRange(1, 6);

        SyncReport report = syncDir();

        assertThat(report).extracting(SyncReport::added, SyncReport::changed, SyncReport::removed,
                SyncReport::unchanged, SyncReport::categoriesChanged).containsExactly(6, 0, 0, 0, 14);
        assertThat(report.summary()).startsWith("synced in ").contains("6 added");
        assertThat(report.addedIds()).containsExactlyInAnyOrderElementsOf(TestTaxonomy.idsOf(1, 6));
        assertThat(db.column("select id from paper order by id")).isEqualTo(TestTaxonomy.idsOf(1, 6));
        assertThat(db.count("select count(*) from category")).isEqualTo(TestTaxonomy.CATEGORY_COUNT);
        assertThat(db.column("select slug || ' ' || position || ' ' || coalesce(parent_path, '-') from category"
                + " where path like 'efficiency%' order by path collate \"C\"")).containsExactly(
                "efficiency 3 -", "quantization 2 efficiency", "reasoning-economy 1 efficiency",
                "adaptive-budget 1 efficiency/reasoning-economy", "long2short-rl 0 efficiency/reasoning-economy",
                "token-compression 0 efficiency");
        // paper 6: every field and child row as written in its file
        assertThat(db.one("select concat_ws('|', title, normalized_title, published, published_on, year, venue,"
                + " arxiv_id, doi, primary_category, contribution, training, modality, source_file, version)"
                + " from paper where id = '2501.00006'")).isEqualTo("Paper number 6 on efficient post-training"
                + "|paper number 6 on efficient post training|2025-07-07|2025-07-07|2025|NeurIPS 2025|2501.00006"
                + "|10.48550/arXiv.2501.00006|efficiency/token-compression|method|rl|{text}|papers/2501.00006.yaml|1");
        assertThat(db.column("select a.name from paper_author pa join author a on a.id = pa.author_id"
                + " where pa.paper_id = '2501.00006' order by pa.position"))
                .containsExactly("Ada Lovelace", "Author Number 6");
        assertThat(db.column("select category_path from paper_category where paper_id = '2501.00006'"
                + " order by position")).containsExactly("efficiency/token-compression", "efficiency/quantization");
        assertThat(db.column("select tag from paper_tag where paper_id = '2501.00006' order by tag"))
                .containsExactly("tag-6", "test-paper");
        assertThat(db.column("select kind || ' ' || url from paper_link where paper_id = '2501.00004' order by kind"))
                .containsExactly("code https://github.com/example/paper-4", "paper https://arxiv.org/abs/2501.00004",
                        "pdf https://arxiv.org/pdf/2501.00004");
        assertThat(db.column("select concat_ws('|', claim_id, position, metric, value, min_value, max_value, unit,"
                + " location) from claim where paper_id = '2501.00006' order by position")).containsExactly(
                "speed-up|0|speedup|6|percent|Table 2", "accuracy-kept|1|accuracy_retained|95|99.5|percent");
        assertThat(db.column("select list || ' > ' || section from paper_source where paper_id = '2501.00006'"))
                .containsExactly("example/Awesome-Test-Papers > Section 0");
        assertThat(db.count("select count(*) from author")).isEqualTo(7);
        // history: one run, one 'added' row per paper with its content and no previous version
        assertThat(db.one("select concat_ws(' ', triggered_by, revision, added, changed, removed, unchanged,"
                + " categories_changed) from sync_run")).isEqualTo("cli abc123 6 0 0 0 14");
        assertThat(db.column("select paper_id || ' ' || change || ' ' || version || ' ' || (previous is null)"
                + " || ' ' || (current->>'title') from paper_change order by paper_id")).hasSize(6)
                .first().isEqualTo("2501.00001 added 1 true Paper number 1 on efficient post-training");
    }

    @Test
    void aMergedPaperKeepsItsFormerIdsItsVenueLinkAndThatItsAuthorsAreCutShort() {
        Paper p = TestTaxonomy.paper(1);
        taxonomy.write(new Paper(p.id(), p.title(), p.authors(), p.published(), p.updated(), p.venue(),
                p.identifiers(), new Links(p.links().paper(), p.links().pdf(), null, null,
                        "https://openreview.net/forum?id=paper1"), p.abstractText(), p.categories(), p.tags(),
                p.contribution(), p.modality(), p.training(), p.claims(), p.sources(), List.of(),
                List.of("paper-number-1-on-efficient-post-training"), List.of(), true), TestTaxonomy.paper(2));

        syncDir();

        assertThat(db.column("select id || ' ' || authors_truncated from paper order by id"))
                .containsExactly("2501.00001 true", "2501.00002 false");
        assertThat(db.column("select former_id || ' ' || paper_id from paper_former_id"))
                .containsExactly("paper-number-1-on-efficient-post-training 2501.00001");
        assertThat(db.column("select kind || ' ' || url from paper_link where paper_id = '2501.00001' order by kind"))
                .containsExactly("paper https://arxiv.org/abs/2501.00001", "pdf https://arxiv.org/pdf/2501.00001",
                        "venue https://openreview.net/forum?id=paper1");
    }

    @Test
    void secondSyncWithoutChangeWritesNothingAndSaysSo() {
        taxonomy.writeRange(1, 5);
        syncDir();
        String before = DatabaseDump.of(dataSource);
        String changedAtBefore = db.one("select string_agg(id || '@' || changed_at, ',' order by id) from paper");

        SyncReport second = syncDir();

        assertThat(second.hasChanges()).isFalse();
        assertThat(second).extracting(SyncReport::added, SyncReport::changed, SyncReport::removed,
                SyncReport::unchanged, SyncReport::categoriesChanged).containsExactly(0, 0, 0, 5, 0);
        assertThat(second.summary()).startsWith("no changes: 5 papers already up to date");
        assertThat(db.count("select count(*) from sync_run")).isEqualTo(1);
        assertThat(db.one("select string_agg(id || '@' || changed_at, ',' order by id) from paper"))
                .isEqualTo(changedAtBefore);
        assertThat(DatabaseDump.of(dataSource)).isEqualTo(before);
    }

    @Test
    void editingAFileRewritesExactlyThatPaperAndKeepsItsPreviousVersion() {
        taxonomy.writeRange(1, 4);
        syncDir();
        String othersBefore = db.one("select string_agg(id || '@' || changed_at || '#' || version, ','"
                + " order by id) from paper where id <> '2501.00002'");
        Paper original = TestTaxonomy.paper(2);
        taxonomy.write(withTitleAndTags(original, "A better title for paper two", List.of("edited")));

        SyncReport report = syncDir();

        assertThat(report).extracting(SyncReport::added, SyncReport::changed, SyncReport::removed,
                SyncReport::unchanged, SyncReport::categoriesChanged).containsExactly(0, 1, 0, 3, 0);
        assertThat(report.changedIds()).containsExactly("2501.00002");
        assertThat(report.addedIds()).isEmpty();
        assertThat(db.one("select title || ' v' || version || ' ' || (changed_at > created_at) from paper"
                + " where id = '2501.00002'")).isEqualTo("A better title for paper two v2 true");
        assertThat(db.column("select tag from paper_tag where paper_id = '2501.00002'")).containsExactly("edited");
        assertThat(db.one("select string_agg(id || '@' || changed_at || '#' || version, ',' order by id) from paper"
                + " where id <> '2501.00002'")).isEqualTo(othersBefore);
        assertThat(db.one("select concat_ws(' | ', version, changed_fields, previous->>'title', current->>'title',"
                + " previous->'tags', current->'tags') from paper_change where change = 'changed'")).isEqualTo(
                "2 | {title,tags} | Paper number 2 on efficient post-training | A better title for paper two"
                        + " | [\"tag-2\", \"test-paper\"] | [\"edited\"]");
        assertThat(db.column("select concat_ws(' ', added, changed, removed, unchanged) from sync_run order by id"))
                .containsExactly("4 0 0 0", "0 1 0 3");
    }

    @Test
    void deletingAFileDeletesThePaperAndItsRowsButKeepsItsHistory() {
        taxonomy.writeRange(1, 3);
        syncDir();
        taxonomy.delete("2501.00003");

        SyncReport report = syncDir();

        assertThat(report).extracting(SyncReport::added, SyncReport::changed, SyncReport::removed,
                SyncReport::unchanged).containsExactly(0, 0, 1, 2);
        assertThat(report.removedIds()).containsExactly("2501.00003");
        assertThat(db.column("select id from paper order by id")).containsExactly("2501.00001", "2501.00002");
        for (String table : CHILD_TABLES) {
            assertThat(db.count("select count(*) from " + table + " where paper_id = '2501.00003'"))
                    .as(table).isZero();
        }
        assertThat(db.column("select name from author order by name"))
                .containsExactly("Ada Lovelace", "Author Number 1", "Author Number 2");
        assertThat(db.column("select change || ' v' || version || ' ' || coalesce(previous->>'title', '-') || ' '"
                + " || coalesce(current->>'title', '-') from paper_change where paper_id = '2501.00003' order by id"))
                .containsExactly("added v1 - Paper number 3 on efficient post-training",
                        "removed v1 Paper number 3 on efficient post-training -");
    }

    @Test
    void categoryEditsAreSyncedAndNodesThatLeftTheTreeAreRemoved() throws Exception {
        taxonomy.writeRange(1, 2);
        syncDir();
        Path categories = dir.resolve("categories.yaml");
        String tree = Files.readString(categories);
        Files.writeString(categories, tree
                .replace("name: Quantization", "name: Quantisation")
                .replaceAll("(?m)^ *- id: adaptive-budget\\n.*\\n.*\\n", ""));

        SyncReport report = syncDir();

        assertThat(report).extracting(SyncReport::changed, SyncReport::unchanged, SyncReport::categoriesChanged)
                .containsExactly(0, 2, 2);
        assertThat(db.one("select name from category where path = 'efficiency/quantization'"))
                .isEqualTo("Quantisation");
        assertThat(db.count("select count(*) from category where path like '%adaptive-budget'")).isZero();
        assertThat(db.count("select count(*) from category")).isEqualTo(TestTaxonomy.CATEGORY_COUNT - 1);
        assertThat(db.one("select concat_ws(' ', added, changed, removed, categories_changed) from sync_run"
                + " order by id desc limit 1")).isEqualTo("0 0 0 2");
    }

    @Test
    void aDoiCanMoveBetweenPapersWithinOneSync() {
        Paper one = TestTaxonomy.paper(1);
        Paper two = TestTaxonomy.paper(2);
        taxonomy.write(withDoi(one, "10.1000/alpha"), withDoi(two, "10.1000/beta"));
        syncDir();
        taxonomy.write(withDoi(one, "10.1000/beta"), withDoi(two, "10.1000/alpha"));

        SyncReport report = syncDir();

        assertThat(report.changed()).isEqualTo(2);
        assertThat(db.column("select id || ' ' || doi from paper order by id")).containsExactly(
                "2501.00001 10.1000/beta", "2501.00002 10.1000/alpha");
        assertThat(db.column("select changed_fields::text from paper_change where change = 'changed'"))
                .containsOnly("{identifiers}");
    }

    @Test
    void aTaxonomyWithOneBrokenFileLeavesTheDatabaseExactlyAsItWas() throws Exception {
        taxonomy.writeRange(1, 5);
        syncDir();
        String before = DatabaseDump.of(dataSource);
        taxonomy.write(withTitleAndTags(TestTaxonomy.paper(1), "An edit that must not land", List.of("edited")));
        taxonomy.writeRange(6, 8);
        taxonomy.delete("2501.00002");
        Path broken = taxonomy.fileOf("2501.00004");
        Files.writeString(broken, Files.readString(broken).replace("2025-05-05", "2025-02-30"));

        assertThatThrownBy(this::syncDir)
                .isInstanceOfSatisfying(InvalidTaxonomyException.class, e -> assertThat(e.problems())
                        .extracting(Problem::file, p -> p.line() > 0)
                        .containsExactly(tuple(broken, true)))
                .hasMessageContaining("2501.00004.yaml:");
        assertThat(DatabaseDump.of(dataSource)).isEqualTo(before);
    }

    @Test
    void twoSyncsAtOnceDoNotInterleave() throws Exception {
        taxonomy.writeRange(1, 40);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<SyncReport>> both = List.of(this::syncDir, this::syncDir);
            List<SyncReport> reports = new ArrayList<>();
            for (Future<SyncReport> result : pool.invokeAll(both)) {
                reports.add(result.get());
            }

            assertThat(reports).extracting(SyncReport::added).containsExactlyInAnyOrder(40, 0);
            assertThat(reports).extracting(SyncReport::unchanged).containsExactlyInAnyOrder(0, 40);
            assertThat(db.count("select count(*) from sync_run")).isEqualTo(1);
            assertThat(db.count("select count(*) from paper_change")).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }

    private SyncReport syncDir() {
        return sync.syncDirectory(dir, SyncTrigger.CLI, "abc123");
    }

    private static Paper withTitleAndTags(Paper p, String title, List<String> tags) {
        return new Paper(p.id(), title, p.authors(), p.published(), p.updated(), p.venue(), p.identifiers(),
                p.links(), p.abstractText(), p.categories(), tags, p.contribution(), p.modality(), p.training(),
                p.claims(), p.sources());
    }

    private static Paper withDoi(Paper p, String doi) {
        return new Paper(p.id(), p.title(), p.authors(), p.published(), p.updated(), p.venue(),
                new Identifiers(p.identifiers().arxiv(), doi), p.links(), p.abstractText(), p.categories(), p.tags(),
                p.contribution(), p.modality(), p.training(), p.claims(), p.sources());
    }
}
