package org.livesurvey.ingest.source.openalex;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.GoldenFiles;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.PartialDate;

class OpenAlexReaderTest {

    private final OpenAlexReader reader = new OpenAlexReader();

    static Stream<Path> answersWithWorks() {
        return Fixtures.of("openalex").stream().filter(file -> !file.getFileName().toString().contains("group_by"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersWithWorks")
    void readsEachFixtureAsItsGolden(Path fixture) {
        String name = fixture.getFileName().toString();
        GoldenFiles.assertMatches(reader.read(Fixtures.bytes(fixture), name),
                "openalex/" + name.replaceFirst("\\.json$", ""));
    }

    @Test
    void refusesAGroupByAnswerAsUnsupportedAndSaysWhatToAskInstead() {
        Path fixture = Fixtures.dir().resolve("openalex/openalexpro_group_by_page_1.json");

        MetadataReadException refused = catchThrowableOfType(MetadataReadException.class,
                () -> reader.read(Fixtures.bytes(fixture), "group_by_page_1.json"));

        assertThat(refused.kind()).isEqualTo(MetadataReadException.Kind.UNSUPPORTED);
        assertThat(refused).hasMessage("group_by_page_1.json: an OpenAlex group_by answer counts works in 20 groups"
                + " (article, book, book-chapter, …); it lists no works: ask for /works without group_by");
    }

    @Test
    void readsTheEmptyLastPageOfACursorAsAnEmptyBatch() {
        Path fixture = Fixtures.dir().resolve("openalex/openalexpro_keypaper_results_page_2.json");

        MetadataBatch batch = reader.read(Fixtures.bytes(fixture), "page_2.json");

        assertThat(batch.records()).isEmpty();
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.paging()).isEqualTo(new MetadataBatch.Paging(2L, null));
    }

    @Test
    void rebuildsTheAbstractFromTheInvertedIndexInPositionOrder() {
        MetadataRecord work = readOne("""
                {"id": "https://openalex.org/W1", "display_name": "T",
                 "abstract_inverted_index": {"reward": [2], "We": [0], "the": [1, 3], "model.": [4]}}""");

        assertThat(work.abstractText()).isEqualTo("We the reward the model.");
    }

    @Test
    void findsTheArxivIdOfAnArxivLocationAndNamesNoRepositoryAsVenue() {
        MetadataRecord work = readOne("""
                {"id": "https://openalex.org/W2", "display_name": "<i>Direct</i> Preference Optimization",
                 "doi": "https://doi.org/10.48550/arXiv.2305.18290", "type": "Preprint",
                 "primary_location": {"landing_page_url": "http://arxiv.org/abs/2305.18290v3",
                   "pdf_url": "http://arxiv.org/pdf/2305.18290",
                   "source": {"display_name": "arXiv (Cornell University)", "type": "repository"}},
                 "locations": [{"landing_page_url": "http://arxiv.org/abs/2305.18290v3"}]}""");

        assertThat(work.title()).isEqualTo("Direct Preference Optimization");
        assertThat(work.arxivId()).isEqualTo("2305.18290");
        assertThat(work.arxivVersion()).isEqualTo(3);
        assertThat(work.doi()).isEqualTo("10.48550/arxiv.2305.18290");
        assertThat(work.venue()).isNull();
        assertThat(work.type()).isEqualTo("preprint");
        assertThat(work.links()).isEqualTo(new Links("https://arxiv.org/abs/2305.18290",
                "http://arxiv.org/pdf/2305.18290", null, null));
    }

    @Test
    void fallsBackToRawAuthorNamesAndThePublicationYear() {
        MetadataRecord work = readOne("""
                {"id": "https://openalex.org/W3", "title": "T", "publication_year": 2024, "is_authors_truncated": true,
                 "authorships": [{"author": {"display_name": null}, "raw_author_name": "Rafailov, Rafael"},
                                 {"author": {"display_name": "Archit Sharma"}}]}""");

        assertThat(work.authors()).containsExactly("Rafael Rafailov", "Archit Sharma");
        assertThat(work.authorsTruncated()).isTrue();
        assertThat(work.published()).isEqualTo(new PartialDate(2024, null, null));
    }

    @Test
    void reportsAWorkItCannotReadWithItsLineAndReadsTheOthers() {
        MetadataBatch batch = reader.read("""
                {"meta": {"count": 3, "next_cursor": "abc"}, "results": [
                  {"id": "https://openalex.org/W1", "display_name": "First"},
                  {"id": "https://openalex.org/W2", "display_name": {"text": "Second"}},
                  {"id": "https://openalex.org/W3", "display_name": "Third"}
                ]}""".getBytes(UTF_8), "page.json");

        assertThat(batch.records()).extracting(MetadataRecord::origin).containsExactly("page.json:2", "page.json:4");
        assertThat(batch.problems()).extracting(Object::toString)
                .containsExactly("page.json:3: entry 2: 'display_name' is an object where text belongs");
        assertThat(batch.paging()).isEqualTo(new MetadataBatch.Paging(3L, "abc"));
    }

    private MetadataRecord readOne(String json) {
        MetadataBatch batch = reader.read(json.getBytes(UTF_8), "work.json");
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.records()).hasSize(1);
        return batch.records().get(0);
    }
}
