package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;

/** Matching beyond exact keys, and what an import reports instead of merging when the evidence disagrees. */
class DeduplicationTest {

    @TempDir
    Path taxonomy;

    private final PaperImporter importer = new PaperImporter(new PaperFileWriter());

    @Test
    void aVenueCopyWithANearIdenticalTitleMergesIntoThePreprintWithBothLinks() {
        Paper preprint = paper("2406.18665", "RouteLLM: Learning to Route LLMs with Preference Data",
                new Identifiers("2406.18665", null), new Links("https://arxiv.org/abs/2406.18665", null, null, null));
        Paper venueCopy = paper("routellm", "RouteLLM: Learning to Route LLMs from Preference Data", Identifiers.NONE,
                new Links("https://openreview.net/forum?id=8sSqNntaMr", null, null, null));

        ImportReport report = importer.importPapers(taxonomy, List.of(preprint),
                List.of(new IncomingPaper(venueCopy, List.of(), "venue.bib:1", "venue.bib")), MergePolicy.KEEP_EXISTING);

        assertThat(report.summary()).startsWith("0 added, 1 merged");
        Paper merged = readBack("2406.18665");
        assertThat(merged.links().paper()).isEqualTo("https://arxiv.org/abs/2406.18665");
        assertThat(merged.links().venue()).isEqualTo("https://openreview.net/forum?id=8sSqNntaMr");
        assertThat(merged.sources()).contains(new Source("venue.bib", null, List.of("links")));
        assertThat(report.conflicts()).singleElement().asString().contains("title: the file says");
    }

    @Test
    void aSimilarTitleWithAnotherArxivIdIsANearMissNotAMerge() {
        Paper first = paper("2503.01067", "Visual-RFT: Visual Reinforcement Fine-Tuning",
                new Identifiers("2503.01067", null), null);
        Paper second = paper("2503.20752", "Reason-RFT: Reinforcement Fine-Tuning for Visual Reasoning",
                new Identifiers("2503.20752", null), null);

        ImportReport report = importer.importPapers(taxonomy, List.of(first), List.of(new IncomingPaper(second, "in:3")),
                MergePolicy.KEEP_EXISTING);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.nearMisses()).containsExactly("in:3: 'Reason-RFT: Reinforcement Fine-Tuning for Visual"
                + " Reasoning' may be 2503.01067 ('Visual-RFT: Visual Reinforcement Fine-Tuning'): title similarity"
                + " 0.84, but arXiv 2503.20752 and 2503.01067 differ; added as a new paper (merge by hand, or add"
                + " distinct_from)");
    }

    @Test
    void anArxivIdThatNamesAnUnrelatedTitleIsAConflictAndNothingIsMerged() {
        Paper deepPrune = paper("2510.07486", "DeepPrune: Parallel Scaling without Inter-trace Redundancy",
                new Identifiers("2510.07486", null), null);
        Paper asyncSpade = paper("x", "AsyncSpade: Efficient Test-Time Scaling with Asynchronous Sparse Decoding",
                new Identifiers("2510.07486", null), null);

        ImportReport report = importer.importPapers(taxonomy, List.of(deepPrune),
                List.of(new IncomingPaper(asyncSpade, "meta.jsonl:7")), MergePolicy.KEEP_EXISTING);

        assertThat(report.conflicts()).singleElement().asString()
                .startsWith("meta.jsonl:7: same arXiv id as 2510.07486 ('DeepPrune");
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void aSlugPaperThatGainsItsArxivIdMovesToTheArxivFileAndKeepsTheSlugAsFormerId() throws Exception {
        Paper slug = paper("laco-layer-collapse", "LaCo: Large Language Model Pruning via Layer Collapse",
                Identifiers.NONE, null);
        new PaperFileWriter().write(taxonomy, slug);
        Paper fromArxiv = new Paper("2402.11187", "LaCo: Large Language Model Pruning via Layer Collapse",
                List.of("Yifei Yang", "Zouying Cao"), PartialDate.parse("2024-02-17"), null, null,
                new Identifiers("2402.11187", null), null, "An abstract.", List.of(), List.of(), null, List.of(), null,
                List.of(), List.of());

        ImportReport report = importer.importPapers(taxonomy, List.of(slug),
                List.of(new IncomingPaper(fromArxiv, List.of(), "meta.jsonl:1", "arxiv-listing")),
                MergePolicy.KEEP_EXISTING);

        assertThat(report.removed()).extracting(p -> p.getFileName().toString())
                .containsExactly("laco-layer-collapse.yaml");
        assertThat(Files.exists(PaperFileWriter.fileOf(taxonomy, "laco-layer-collapse"))).isFalse();
        Paper moved = readBack("2402.11187");
        assertThat(moved.formerIds()).containsExactly("laco-layer-collapse");
        assertThat(moved.authors()).containsExactly("Yifei Yang", "Zouying Cao");
        assertThat(moved.published()).isEqualTo(PartialDate.parse("2024-02-17"));
        assertThat(moved.sources()).contains(new Source("arxiv-listing", null,
                List.of("authors", "published", "identifiers", "abstract")));
    }

    @Test
    void aSlugPaperThatBecomesAnArxivPaperGetsArxivsLinksInsteadOfAnotherPapersAndKeepsItsVenuePage() {
        Paper wrongLink = paper("optimal-self-consistency", "Optimal Self-Consistency for Efficient Reasoning",
                Identifiers.NONE, new Links("https://arxiv.org/pdf/2509.13990", null, null, null));
        Paper venueOnly = paper("openrlhf", "OpenRLHF: A Ray-based RLHF Framework", Identifiers.NONE,
                new Links("https://aclanthology.org/2025.emnlp-demos.48/", null, null, null));

        ImportReport report = importer.importPapers(taxonomy, List.of(wrongLink, venueOnly), List.of(
                new IncomingPaper(paper("2511.12309", "Optimal Self-Consistency for Efficient Reasoning",
                        new Identifiers("2511.12309", null), null), "m:1"),
                new IncomingPaper(paper("2405.11143", "OpenRLHF: A Ray-based RLHF Framework",
                        new Identifiers("2405.11143", null), null), "m:2")), MergePolicy.KEEP_EXISTING);

        assertThat(readBack("2511.12309").links()).isEqualTo(new Links("https://arxiv.org/abs/2511.12309",
                "https://arxiv.org/pdf/2511.12309", null, null, null));
        assertThat(report.warnings()).containsExactly("2511.12309: links.paper https://arxiv.org/pdf/2509.13990 led"
                + " to another arXiv page; now https://arxiv.org/abs/2511.12309");
        assertThat(readBack("2405.11143").links()).isEqualTo(new Links("https://arxiv.org/abs/2405.11143",
                "https://arxiv.org/pdf/2405.11143", null, null, "https://aclanthology.org/2025.emnlp-demos.48/"));
    }

    @Test
    void curatedValuesAreKeptAndTheirDisagreementsReported() {
        Paper curated = new Paper("2504.17040", "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs",
                List.of("Zhenhailong Wang"), PartialDate.parse("2025"), null, null, new Identifiers("2504.17040", null),
                null, null, List.of("reasoning"), List.of(), null, List.of(), null, List.of(), List.of());
        Paper listed = new Paper("2504.17040", "DyMU: Dynamic Merging and Virtual Unmerging", List.of("Someone Else"),
                PartialDate.parse("2026-01-02"), null, null, new Identifiers("2504.17040", null), null, null,
                List.of(), List.of(), null, List.of(), null, List.of(), List.of());

        ImportReport report = importer.importPapers(taxonomy, List.of(curated),
                List.of(new IncomingPaper(listed, List.of(), "l:1", "a listing")),
                MergePolicy.KEEP_EXISTING);

        assertThat(report.conflicts()).hasSize(3).allSatisfy(c -> assertThat(c).endsWith("; kept the file's"));
        assertThat(report.conflicts().get(0)).contains("title: the file says 'DyMU: Dynamic Merging and Virtual"
                + " Unmerging for Efficient VLMs', the input 'DyMU: Dynamic Merging and Virtual Unmerging'");
        assertThat(readBackOrNull("2504.17040")).isNull();
    }

    @Test
    void aDryRunReportsTheChangesAndWritesNothing() {
        ImportReport report = new PaperImporter(new PaperFileWriter(), true).importPapers(taxonomy, List.of(),
                List.of(new IncomingPaper(paper("new-paper", "A New Paper", Identifiers.NONE, null), "in:1")),
                MergePolicy.KEEP_EXISTING);

        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.before()).isNull();
            assertThat(change.after()).contains("title: A New Paper");
        });
        assertThat(taxonomy.resolve("papers")).doesNotExist();
    }

    @Test
    void aNewPaperWithoutACategoryIsAnErrorAndNotWritten() {
        Paper uncategorised = new Paper("orphan", "Orphan", List.of(), null, null, null, Identifiers.NONE, null, null,
                List.of(), List.of(), null, List.of(), null, List.of(), List.of());

        ImportReport report = importer.importPapers(taxonomy, List.of(), List.of(new IncomingPaper(uncategorised, "o:1")),
                MergePolicy.KEEP_EXISTING);

        assertThat(report.errors()).containsExactly("o:1: no category could be suggested for 'Orphan'; not added"
                + " (name one with --category PATH, or add the file by hand)");
        assertThat(report.changes()).isEmpty();
    }

    private Paper readBack(String id) {
        Paper paper = readBackOrNull(id);
        assertThat(paper).as(id).isNotNull();
        return paper;
    }

    private Paper readBackOrNull(String id) throws java.io.UncheckedIOException {
        try {
            Files.writeString(taxonomy.resolve("categories.yaml"),
                    "categories:\n  - id: reasoning\n    name: Reasoning\n    description: Reasoning.\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new TaxonomyReader().read(taxonomy).taxonomy().papers().stream()
                .filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private static Paper paper(String id, String title, Identifiers identifiers, Links links) {
        return new Paper(id, title, List.of(), PartialDate.parse("2024"), null, null, identifiers, links, null,
                List.of("reasoning"), List.of(), null, List.of(), null, List.of(), List.of());
    }
}
