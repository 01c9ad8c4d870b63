package org.livesurvey.ingest.source.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.GoldenFiles;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.PartialDate;

class CorpusMetadataReaderTest {

    // the first five lines of each corpus file, named after it
    private static final Path SAMPLES = Path.of("src/test/resources/metadata");

    private final CorpusMetadataReader reader = new CorpusMetadataReader();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"corpus-papers.jsonl", "corpus-arxiv-metadata.jsonl",
            "corpus-arxiv-daily-2026-02-02.jsonl"})
    void readsEachSampleAsItsGolden(String sample) {
        GoldenFiles.assertMatches(reader.read(Fixtures.bytes(SAMPLES.resolve(sample)), sample),
                "corpus/" + sample.replaceFirst("\\.jsonl$", ""));
    }

    @Test
    void readsEveryLineOfTheCorpusWithoutAProblem() throws IOException {
        Path corpus = Fixtures.corpus();
        List<Path> daily;
        try (Stream<Path> files = Files.list(corpus.resolve("arxiv-daily"))) {
            daily = files.filter(file -> file.toString().endsWith(".jsonl")).sorted().toList();
        }

        MetadataBatch papers = read(corpus.resolve("papers.jsonl"));
        MetadataBatch metadata = read(corpus.resolve("arxiv-metadata.jsonl"));
        List<MetadataBatch> days = daily.stream().map(this::read).toList();

        assertThat(papers.problems()).isEmpty();
        assertThat(papers.records()).hasSize(1555);
        assertThat(metadata.problems()).isEmpty();
        assertThat(metadata.records()).hasSize(1239);
        assertThat(days).hasSize(7).allSatisfy(day -> assertThat(day.problems()).isEmpty());
        assertThat(days.stream().mapToInt(day -> day.records().size()).sum()).isEqualTo(2078);
    }

    @Test
    void readsListEntriesWithoutArxivIdByTheirLinkAndDropsArxivAsVenue() {
        MetadataBatch papers = read(Fixtures.corpus().resolve("papers.jsonl"));

        MetadataRecord blogPost = recordAt(papers, "papers.jsonl:1411");
        assertThat(blogPost.links()).isEqualTo(
                new Links("https://www.anthropic.com/news/claude-3-7-sonnet", null, null, null));
        assertThat(blogPost.venue()).isEqualTo("Anthropic'25");
        assertThat(blogPost.type()).isEqualTo("list-entry");
        assertThat(blogPost.source()).isEqualTo("yueliu1999/Awesome-Efficient-Inference-for-LRMs");
        assertThat(blogPost.arxivCategories()).as("the taxonomy's categories are not arXiv's").isEmpty();
        MetadataRecord openReviewPdf = recordAt(papers, "papers.jsonl:1417");
        assertThat(openReviewPdf.links()).isEqualTo(new Links("https://openreview.net/pdf?id=LTvPnm2Oy9",
                "https://openreview.net/pdf?id=LTvPnm2Oy9", null, null));
        assertThat(openReviewPdf.venue()).as("listed as 'arXiv'").isNull();
        assertThat(openReviewPdf.published()).isEqualTo(new PartialDate(2025, null, null));
    }

    @Test
    void removesTheRssHeaderFromAnAbstractAndKeepsTheVersionItAnnounced() {
        MetadataBatch batch = reader.read("""
                {"arxiv_id": "2207.14000", "title": "T", "abstract": "arXiv:2207.14000v2 Announce Type: replace-cross \
                Abstract: Combining deep learning with symbolic logic reasoning aims to capitalize on the success."}
                """.getBytes(UTF_8), "metadata.jsonl");

        MetadataRecord record = batch.records().get(0);
        assertThat(record.abstractText())
                .isEqualTo("Combining deep learning with symbolic logic reasoning aims to capitalize on the success.");
        assertThat(record.arxivVersion()).isEqualTo(2);
    }

    @Test
    void reportsABrokenLineWithItsNumberAndReadsTheOthers() {
        MetadataBatch batch = reader.read("""
                {"arxiv_id": "2601.00001", "title": "First"}
                {"arxiv_id": "2601.00002", "title": "Cut sh

                ["not", "an", "object"]
                {"arxiv_id": "2601.00003", "title": "Second"} {"arxiv_id": "2601.00004"}
                {"arxiv_id": "2601.00005", "title": "Third", "authors": "one name, not a list"}
                """.getBytes(UTF_8), "day.jsonl");

        assertThat(batch.records()).extracting(MetadataRecord::origin).containsExactly("day.jsonl:1", "day.jsonl:6");
        assertThat(batch.records().get(1).authors()).containsExactly("one name, not a list");
        assertThat(batch.problems()).extracting(Object::toString).satisfiesExactly(
                cut -> assertThat(cut).startsWith("day.jsonl:2: not valid JSON at line 2, column "),
                array -> assertThat(array).isEqualTo("day.jsonl:4: not a JSON object"),
                twoValues -> assertThat(twoValues).startsWith("day.jsonl:5: not valid JSON at line 5, column ")
                        .endsWith(": a second JSON value on the same line"));
    }

    @Test
    void datesAnArxivListingByTheMonthOfItsIdAndAListEntryByItsYear() {
        MetadataBatch batch = reader.read("""
                {"arxiv_id": "2601.22160", "title": "A", "published": null, "feed_date": "2026-02-02"}
                {"id": "arxiv:2412.00001", "title": "B", "arxiv_id": "2412.00001", "year": 2024, "source_list": "l"}
                {"id": "title:c", "title": "C", "arxiv_id": null, "year": null, "source_list": "l"}
                """.getBytes(UTF_8), "mixed.jsonl");

        assertThat(batch.records()).extracting(MetadataRecord::published).containsExactly(
                new PartialDate(2026, 1, null), new PartialDate(2024, null, null), null);
    }

    @Test
    void refusesUtf16AsMalformedRatherThanOneProblemPerLine() {
        byte[] utf16 = "{\"arxiv_id\": \"2601.00001\", \"title\": \"T\"}\n".getBytes(StandardCharsets.UTF_16);

        MetadataReadException refused = catchThrowableOfType(MetadataReadException.class,
                () -> reader.read(utf16, "wide.jsonl"));

        assertThat(refused.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(refused).hasMessageContaining("not UTF-8");
    }

    @Test
    void refusesAFileWithoutOneLineOfJson() {
        MetadataReadException refused = catchThrowableOfType(MetadataReadException.class,
                () -> reader.read("@article{key,\n title = {T}\n}\n".getBytes(UTF_8), "refs.jsonl"));

        assertThat(refused.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(refused).hasMessageStartingWith("refs.jsonl: no line is JSON; the first: not valid JSON at line 1");
    }

    /** Found by MetadataReadersFuzzTest: a version beyond int threw NumberFormatException out of the reader. */
    @Test
    void readsAnIdWhoseVersionIsBeyondAnyRealOneWithoutTheVersion() {
        byte[] line = "{\"arxiv_id\": \"9999.99999v99999999999\", \"title\": \"T\"}\n".getBytes(UTF_8);

        MetadataBatch batch = reader.read(line, "fuzz.jsonl");

        assertThat(batch.problems()).isEmpty();
        assertThat(batch.records()).singleElement().satisfies(record -> {
            assertThat(record.arxivId()).isEqualTo("9999.99999");
            assertThat(record.arxivVersion()).isNull();
        });
    }

    /** Found by MetadataReadersFuzzTest: a line that Jackson took for UTF-32 threw IllegalStateException. */
    @Test
    void reportsALineThatOpensWithZeroBytesAndReadsTheOthers() {
        byte[] lines = "{\"arxiv_id\": \"2601.00001\", \"title\": \"T\"}\nL\0\0\0\0\0\0ection\": 1}\n".getBytes(UTF_8);

        MetadataBatch batch = reader.read(lines, "zeros.jsonl");

        assertThat(batch.records()).extracting(MetadataRecord::arxivId).containsExactly("2601.00001");
        assertThat(batch.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("not valid JSON: not UTF-8: ");
        });
    }

    private static MetadataRecord recordAt(MetadataBatch batch, String origin) {
        return batch.records().stream().filter(record -> record.origin().equals(origin)).findFirst().orElseThrow();
    }

    private MetadataBatch read(Path file) {
        return reader.read(Fixtures.bytes(file), file.getFileName().toString());
    }
}
