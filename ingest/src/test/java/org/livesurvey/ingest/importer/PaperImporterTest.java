package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Source;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;

class PaperImporterTest {

    @TempDir
    Path taxonomy;

    private final PaperImporter importer = new PaperImporter(new PaperFileWriter());

    @Test
    void findsDuplicatesByArxivIdThenDoiThenNormalisedTitle() {
        Paper alpha = paper("2501.00001", "Alpha: A Study", new Identifiers("2501.00001", null), "list/a");
        Paper beta = paper("doi-10-1000-xyz", "Beta", new Identifiers(null, "10.1000/XYZ"), "list/a");

        ImportReport report = importer.importPapers(taxonomy, List.of(alpha, beta), List.of(
                incoming("x", "Alpha: A Retitled Study", new Identifiers("2501.00001", null), "list/b"),
                incoming("y", "Betas", new Identifiers(null, "10.1000/xyz"), "list/b"),
                incoming("alpha-a-study", "ALPHA — a study!", Identifiers.NONE, "list/c"),
                incoming("gamma", "Gamma", Identifiers.NONE, "list/c")), MergePolicy.KEEP_EXISTING);

        assertThat(report.summary()).isEqualTo("1 added, 3 merged, 0 unchanged, 0 conflicts, 0 near misses, 0 errors");
        assertThat(report.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("2501.00001.yaml", "doi-10-1000-xyz.yaml", "gamma.yaml");
    }

    @Test
    void anIncomingPaperThatAddsNothingLeavesTheFileUnwritten() {
        Paper alpha = paper("2501.00001", "Alpha", new Identifiers("2501.00001", null), "list/a");

        ImportReport report = importer.importPapers(taxonomy, List.of(alpha),
                List.of(incoming("2501.00001", "Alpha", new Identifiers("2501.00001", null), "list/a")),
                MergePolicy.KEEP_EXISTING);

        assertThat(report.summary()).isEqualTo("0 added, 0 merged, 1 unchanged, 0 conflicts, 0 near misses, 0 errors");
        assertThat(report.written()).isEmpty();
        assertThat(taxonomy.resolve("papers")).doesNotExist();
    }

    @Test
    void aFileNamedAfterAnArxivIdIsFoundByItEvenWithoutIdentifiers() {
        Paper bare = paper("2501.00001", "Hand-written entry", Identifiers.NONE, "list/a");

        ImportReport report = importer.importPapers(taxonomy, List.of(bare),
                List.of(incoming("2501.00001", "Hand-written entry, as listed", new Identifiers("2501.00001", null), "list/b")),
                MergePolicy.KEEP_EXISTING);

        assertThat(report.summary()).isEqualTo("0 added, 1 merged, 0 unchanged, 0 conflicts, 0 near misses, 0 errors");
    }

    private static Paper paper(String id, String title, Identifiers identifiers, String list) {
        return new Paper(id, title, List.of(), null, null, null, identifiers, null, null, List.of("reasoning"),
                List.of(), null, List.of(), null, List.of(), List.of(new Source(list, null)));
    }

    private static IncomingPaper incoming(String id, String title, Identifiers identifiers, String list) {
        return new IncomingPaper(paper(id, title, identifiers, list), "test");
    }
}
