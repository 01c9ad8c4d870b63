package org.livesurvey.ingest.source.semanticscholar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.GoldenFiles;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.model.Links;

class SemanticScholarReaderTest {

    private final SemanticScholarReader reader = new SemanticScholarReader();

    static Stream<Path> fixtures() {
        return Fixtures.of("semantic_scholar").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsEachFixtureAsItsGolden(Path fixture) {
        String name = fixture.getFileName().toString();
        GoldenFiles.assertMatches(reader.read(Fixtures.bytes(fixture), name),
                "semantic_scholar/" + name.replaceFirst("\\.json$", ""));
    }

    @Test
    void reportsEachIdABatchAnswerDidNotFindByItsPlace() {
        MetadataBatch batch = reader.read("""
                [null,
                 {"paperId": "p2", "title": "Found"},
                 null]""".getBytes(UTF_8), "batch.json");

        assertThat(batch.records()).extracting(MetadataRecord::origin).containsExactly("batch.json:2");
        assertThat(batch.problems()).extracting(Object::toString).containsExactly(
                "batch.json:1: entry 1: not found: Semantic Scholar has no paper for the id asked for in this place",
                "batch.json:3: entry 3: not found: Semantic Scholar has no paper for the id asked for in this place");
    }

    @Test
    void keepsAPaperWithoutTitleWhenItHasAnIdAndReportsOneWithNeither() {
        MetadataBatch batch = reader.read("""
                [{"paperId": "p1", "externalIds": {"ArXiv": "2203.02155"}, "authors": [{"name": "Long Ouyang"}]},
                 {"paperId": "p2", "authors": [{"name": "Jeff Wu"}]}]""".getBytes(UTF_8), "batch.json");

        assertThat(batch.records()).singleElement().satisfies(paper -> {
            assertThat(paper.title()).isNull();
            assertThat(paper.arxivId()).isEqualTo("2203.02155");
            assertThat(paper.authors()).containsExactly("Long Ouyang");
        });
        assertThat(batch.problems()).extracting(Object::toString).containsExactly(
                "batch.json:2: entry 2: no title and no DOI or arXiv id: nothing to match the record by");
    }

    @Test
    void linksTheArxivPageRatherThanSemanticScholarsAndNamesNoArxivVenue() {
        MetadataBatch batch = reader.read("""
                {"paperId": "d766bffc357127e0dc86dd69561d5aeb520d6f4c",
                 "url": "https://www.semanticscholar.org/paper/d766bffc357127e0dc86dd69561d5aeb520d6f4c",
                 "title": "Training language models to follow instructions with human feedback",
                 "externalIds": {"ArXiv": "2203.02155", "DOI": "10.48550/arXiv.2203.02155"},
                 "venue": "arXiv.org", "journal": {"name": "ArXiv", "volume": "abs/2203.02155"},
                 "publicationVenue": {"name": "Neural Information Processing Systems"},
                 "year": 2022, "publicationTypes": ["JournalArticle"]}""".getBytes(UTF_8), "paper.json");

        MetadataRecord paper = batch.records().get(0);
        assertThat(paper.links()).isEqualTo(new Links("https://arxiv.org/abs/2203.02155", null, null, null));
        assertThat(paper.venue()).isEqualTo("Neural Information Processing Systems");
        assertThat(paper.type()).isEqualTo("journalarticle");
        assertThat(paper.published()).hasToString("2022");
    }

    @Test
    void takesTheNextPageOfABulkSearchFromItsToken() {
        MetadataBatch batch = reader.read("""
                {"total": 1200, "token": "PCOA3RZZB2ADADAEYCX2BLJJRSEGRPIVTBP", "data": [{"paperId": "p", "title": "T"}]}
                """.getBytes(UTF_8), "bulk.json");

        assertThat(batch.paging()).isEqualTo(new MetadataBatch.Paging(1200L, "PCOA3RZZB2ADADAEYCX2BLJJRSEGRPIVTBP"));
    }
}
