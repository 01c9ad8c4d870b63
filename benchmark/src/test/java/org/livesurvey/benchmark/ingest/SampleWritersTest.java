package org.livesurvey.benchmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataFormats;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.Texts;

/**
 * Every sample file is read back by content sniffing, through its own format's reader, with every record and no
 * problem, and the records say what was written. Made of the real corpus beside the repository.
 */
class SampleWritersTest {

    private static final int RECORDS = 50;

    private static List<RealPaper> real;
    private static List<SamplePaper> papers;

    @BeforeAll
    static void generate() throws IOException {
        real = RealPapers.load(CorpusDirectory.locate(null, Path.of("")));
        papers = SamplePapers.generate(real, RECORDS, SamplePapers.DEFAULT_SEED);
    }

    static Stream<SampleWriter> writers() {
        return SampleWriters.all().stream();
    }

    @ParameterizedTest
    @MethodSource("writers")
    void everyRecordIsReadBackThroughTheFormatsReader(SampleWriter writer) {
        MetadataBatch batch = MetadataFormats.all().read(written(writer, papers), writer.fileName());

        assertThat(batch.format()).isEqualTo(writer.reader().format());
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.records()).hasSize(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            MetadataRecord record = batch.records().get(i);
            SamplePaper paper = papers.get(i);
            assertThat(record.arxivId()).as("record %d", i).isEqualTo(paper.arxivId());
            assertThat(record.authors()).as("record %d", i).isEqualTo(paper.authors());
            if (!(writer instanceof BibtexWriter) || !hasLatex(paper.title())) {
                assertThat(record.title()).as("record %d", i).isEqualTo(Texts.orNull(paper.title()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("writers")
    void theFirstRecordIsTheFirstPaperOfTheCorpus(SampleWriter writer) {
        MetadataRecord first = MetadataFormats.all().read(written(writer, papers), writer.fileName()).records().get(0);

        assertThat(first.title()).isEqualTo("High-dimensional continuous control using generalized advantage estimation");
        assertThat(first.authors()).containsExactly("John Schulman", "Philipp Moritz", "Sergey Levine",
                "Michael Jordan", "Pieter Abbeel");
        assertThat(first.arxivId()).isEqualTo(papers.get(0).arxivId()).isNotEqualTo("1506.02438");
    }

    @Test
    void theSamePapersComeFromTheSameSeed() {
        assertThat(SamplePapers.generate(real, RECORDS, SamplePapers.DEFAULT_SEED)).isEqualTo(papers);
        assertThat(SamplePapers.generate(real, RECORDS, 1)).isNotEqualTo(papers);
        assertThat(papers).extracting(SamplePaper::arxivId).allMatch(id -> id.matches("\\d{4}\\.\\d{5}"));
        assertThat(papers).allSatisfy(paper -> assertThat(paper.categories()).isNotEmpty());
    }

    @Test
    void realPapersComeInTurn() {
        List<SamplePaper> twice = SamplePapers.generate(real, real.size() + 1, SamplePapers.DEFAULT_SEED);

        assertThat(twice.get(real.size()).title()).isEqualTo(twice.get(0).title());
        assertThat(twice.get(real.size()).arxivId()).isNotEqualTo(twice.get(0).arxivId());
    }

    @Test
    void aServiceThatAnswersInPagesIsWrittenAsPages(@TempDir Path directory) throws IOException {
        OpenAlexWriter openAlex = new OpenAlexWriter();
        List<SamplePaper> many = SamplePapers.generate(real, 2 * openAlex.recordsPerFile() + 7, 5);

        List<SampleFile> files = SampleFile.write(openAlex, many, directory);

        assertThat(files).extracting(SampleFile::name)
                .containsExactly("openalex-works-p0001.json", "openalex-works-p0002.json", "openalex-works-p0003.json");
        assertThat(files).extracting(SampleFile::records).containsExactly(200, 200, 7);
        assertThat(directory.resolve("openalex-works-p0003.json")).exists();
        assertThat(MetadataFormats.all().read(files.get(2).content(), files.get(2).name()).records())
                .extracting(MetadataRecord::arxivId).containsExactly(many.subList(400, 407).stream()
                        .map(SamplePaper::arxivId).toArray(String[]::new));
    }

    private static byte[] written(SampleWriter writer, List<SamplePaper> papers) {
        StringWriter out = new StringWriter();
        try {
            writer.write(papers, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** BibTeX readers decode LaTeX in titles ({@code $K$-wise} is "K-wise"), so such a title reads differently. */
    private static boolean hasLatex(String title) {
        return title.matches(".*[\\\\${}~%&`'].*") || title.contains("--");
    }
}
