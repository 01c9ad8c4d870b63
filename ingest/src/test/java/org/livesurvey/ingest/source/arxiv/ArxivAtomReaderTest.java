package org.livesurvey.ingest.source.arxiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.GoldenFiles;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.ReadLimits;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.PartialDate;

class ArxivAtomReaderTest {

    private static final String ERROR_SAMPLE = "arxivpy_id_abc_error_400.xml";

    private final ArxivAtomReader reader = new ArxivAtomReader();

    static Stream<Path> answers() {
        return Fixtures.of("arxiv_atom").stream().filter(file -> !file.getFileName().toString().equals(ERROR_SAMPLE));
    }

    // the arxiv.py recordings hold doubly encoded names ("Dirk WÃ¼bben"): the goldens keep what the files say
    @ParameterizedTest
    @MethodSource("answers")
    void readsEveryRecordedAnswerAsItsGoldenSays(Path fixture) {
        String name = fixture.getFileName().toString();

        MetadataBatch batch = reader.read(Fixtures.bytes(fixture), name);

        GoldenFiles.assertMatches(batch, "arxiv_atom/" + name.replace(".xml", ""));
    }

    @Test
    void theErrorFeedIsTheServicesError() {
        Path fixture = Fixtures.dir().resolve("arxiv_atom").resolve(ERROR_SAMPLE);

        MetadataReadException e = catchThrowableOfType(() -> reader.read(Fixtures.bytes(fixture), ERROR_SAMPLE),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.SERVICE_ERROR);
        assertThat(e.code()).isEqualTo("400");
        assertThat(e.getMessage()).isEqualTo(ERROR_SAMPLE
                + ": arXiv API answered with an error (400): incorrect id format for abc");
    }

    @Test
    void anErrorEntryOfTheOlderHttpFormIsTheServicesErrorToo() {
        String error = "<entry><id>http://arxiv.org/api/errors#max_results_must_be_an_integer</id><title>Error</title>"
                + "<summary>max_results must be an integer</summary></entry>";

        MetadataReadException e = catchThrowableOfType(() -> reader.read(utf8(feed(1, 0, error)), "error.xml"),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.SERVICE_ERROR);
        assertThat(e.getMessage()).endsWith("(400): max_results must be an integer");
    }

    @Test
    void readsAnOldStyleIdWithItsVersionAndTheCanonicalAbsPage() {
        MetadataRecord record = single("arxivpy_id_astro-ph_0601001.xml");

        assertThat(record.arxivId()).isEqualTo("astro-ph/0601001");
        assertThat(record.arxivVersion()).isEqualTo(1);
        assertThat(record.links()).isEqualTo(new Links("https://arxiv.org/abs/astro-ph/0601001",
                "https://arxiv.org/pdf/astro-ph/0601001v1", null, null));
        assertThat(record.authors()).as("affiliations are not names")
                .containsExactly("Andrew Gould", "Susan Dorsher", "B. Scott Gaudi", "Andrzej Udalski");
        assertThat(record.origin()).isEqualTo("arxivpy_id_astro-ph_0601001.xml:10");
    }

    @Test
    void pagesOnWithTheNextStartWhileResultsRemain() {
        MetadataBatch page = read("arxivpy_query_testing_s0_m10.xml");

        assertThat(page.paging()).isEqualTo(new MetadataBatch.Paging(214_881L, "10"));
        assertThat(page.records()).extracting(MetadataRecord::origin).startsWith(
                "arxivpy_query_testing_s0_m10.xml:10", "arxivpy_query_testing_s0_m10.xml:35");
    }

    @Test
    void theLastPageHasNoNext() {
        assertThat(read("arxivpy_id_0808.05394_1707.08567.xml").paging()).isEqualTo(new MetadataBatch.Paging(1L, null));
    }

    @Test
    void aFeedWithoutEntriesIsAnEmptyBatch() {
        MetadataBatch batch = reader.read(utf8(feed(0, 0, "")), "empty.xml");

        assertThat(batch.records()).isEmpty();
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.paging()).isEqualTo(new MetadataBatch.Paging(0L, null));
    }

    @Test
    void aBrokenEntryIsAProblemAndTheOthersAreRead() {
        String entries = entry("http://arxiv.org/abs/2504.17040v2", "2025-04-23T17:59:59Z")
                + entry("http://example.org/not-arxiv", "2025-04-23T17:59:59Z")
                + entry("http://arxiv.org/abs/2504.17041v1", "23/04/2025")
                + entry("http://arxiv.org/abs/2504.17042v1", "2025-04-24T00:00:01Z");

        MetadataBatch batch = reader.read(utf8(feed(4, 0, entries)), "mixed.xml");

        assertThat(batch.records()).extracting(MetadataRecord::arxivId).containsExactly("2504.17040", "2504.17042");
        assertThat(batch.records()).extracting(MetadataRecord::origin).containsExactly("mixed.xml:6", "mixed.xml:9");
        assertThat(batch.problems()).extracting(Object::toString).containsExactly(
                "mixed.xml:7: no arXiv id in 'http://example.org/not-arxiv'",
                "mixed.xml:8: published: '23/04/2025' is not a date (ISO 8601 or RFC 1123)");
    }

    @Test
    void anEntryWithAnOverlongFieldIsDroppedWithAProblem() {
        String longTitle = "x".repeat(ReadLimits.MAX_FIELD_CHARS + 1);
        String entries = entry("http://arxiv.org/abs/2504.17040v2", "2025-04-23T17:59:59Z").replace("A title", longTitle)
                + entry("http://arxiv.org/abs/2504.17042v1", "2025-04-24T00:00:01Z");

        MetadataBatch batch = reader.read(utf8(feed(2, 0, entries)), "long.xml");

        assertThat(batch.records()).extracting(MetadataRecord::arxivId).containsExactly("2504.17042");
        assertThat(batch.problems()).extracting(Object::toString).containsExactly(
                "long.xml:6: title has 100001 characters, the limit is 100000");
    }

    @Test
    void readsTheDatesOfAnEntryAsDays() {
        MetadataRecord record = reader.read(utf8(feed(1, 0,
                entry("http://arxiv.org/abs/2504.17040v2", "2025-04-23T17:59:59Z"))), "one.xml").records().get(0);

        assertThat(record.published()).isEqualTo(PartialDate.parse("2025-04-23"));
        assertThat(record.updated()).isEqualTo(PartialDate.parse("2025-05-02"));
        assertThat(record.arxivVersion()).isEqualTo(2);
        assertThat(record.arxivCategories()).containsExactly("cs.CL", "cs.LG");
        assertThat(record.type()).isEqualTo("preprint");
    }

    @Test
    void aHostileFeedIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + feed(1, 0, "<entry><title>&e;</title></entry>");

        MetadataReadException e = catchThrowableOfType(() -> reader.read(utf8(xxe), "xxe.xml"),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.UNSAFE);
    }

    @Test
    void anotherRootElementIsMalformed() {
        MetadataReadException e = catchThrowableOfType(
                () -> reader.read(utf8("<rss version=\"2.0\"><channel/></rss>"), "rss.xml"),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("rss.xml: line 1: expected an Atom <feed>, found <rss>");
    }

    private MetadataBatch read(String fixture) {
        return reader.read(Fixtures.bytes(Fixtures.dir().resolve("arxiv_atom").resolve(fixture)), fixture);
    }

    private MetadataRecord single(String fixture) {
        List<MetadataRecord> records = read(fixture).records();
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static String feed(int total, int start, String entries) {
        return """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"
                      xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
                <opensearch:totalResults>%d</opensearch:totalResults>
                <opensearch:startIndex>%d</opensearch:startIndex>
                <opensearch:itemsPerPage>10</opensearch:itemsPerPage>
                %s</feed>
                """.formatted(total, start, entries);
    }

    // one line each, so that each entry's line is easy to tell
    private static String entry(String id, String published) {
        return "<entry><id>" + id + "</id><title>A title</title><published>" + published + "</published>"
                + "<updated>2025-05-02T10:00:00Z</updated><author><name>Ann Author</name></author>"
                + "<category term=\"cs.LG\"/><arxiv:primary_category term=\"cs.CL\"/></entry>\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
