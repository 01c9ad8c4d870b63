package org.livesurvey.ingest.source.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.source.corpus.CorpusMetadataReader;
import org.livesurvey.ingest.source.csl.CslJsonReader;
import org.livesurvey.ingest.source.openalex.OpenAlexReader;
import org.livesurvey.ingest.source.semanticscholar.SemanticScholarReader;

/**
 * A 50 MB field (far over Jackson's default limit of 20 million characters) costs its record, not the file: the
 * record is dropped with a problem that names the field, and the records around it are read.
 */
class OverLongFieldTest {

    private static final int FIFTY_MEGABYTES = 50 * 1024 * 1024;

    static Stream<Arguments> inputsWithAHugeField() {
        return Stream.of(
                Arguments.of(new SemanticScholarReader(), """
                        [{"paperId": "a", "title": "First"},
                         {"paperId": "b", "title": "Second", "abstract": "HUGE"},
                         {"paperId": "c", "title": "Third"}]""",
                        "input:2: entry 2: abstract has 52428800 characters, the limit is 100000"),
                Arguments.of(new CslJsonReader(), """
                        [{"type": "article", "title": "First"},
                         {"type": "article", "title": "Second", "abstract": "HUGE"},
                         {"type": "article", "title": "Third"}]""",
                        "input:2: entry 2: abstract has 52428800 characters, the limit is 100000"),
                Arguments.of(new OpenAlexReader(), """
                        {"meta": {"count": 3}, "results": [
                         {"id": "https://openalex.org/W1", "display_name": "First"},
                         {"id": "https://openalex.org/W2", "display_name": "Second", "abstract_inverted_index": {"HUGE": [0]}},
                         {"id": "https://openalex.org/W3", "display_name": "Third"}]}""",
                        "input:3: entry 2: abstract_inverted_index has 52428800 characters, the limit is 100000"),
                Arguments.of(new CorpusMetadataReader(), """
                        {"arxiv_id": "2601.00001", "title": "First"}
                        {"arxiv_id": "2601.00002", "title": "Second", "abstract": "HUGE"}
                        {"arxiv_id": "2601.00003", "title": "Third"}
                        """,
                        "input:2: abstract has 52428800 characters, the limit is 100000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputsWithAHugeField")
    void dropsOnlyTheRecordWithTheHugeField(MetadataReader reader, String template, String problem) {
        byte[] content = template.replace("HUGE", "a".repeat(FIFTY_MEGABYTES)).getBytes(UTF_8);

        MetadataBatch batch = reader.read(content, "input");

        assertThat(batch.records()).extracting(MetadataRecord::title).containsExactly("First", "Third");
        assertThat(batch.problems()).extracting(Object::toString).containsExactly(problem);
    }
}
