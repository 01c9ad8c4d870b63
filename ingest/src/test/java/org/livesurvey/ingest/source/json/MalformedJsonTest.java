package org.livesurvey.ingest.source.json;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.csl.CslJsonReader;
import org.livesurvey.ingest.source.openalex.OpenAlexReader;
import org.livesurvey.ingest.source.semanticscholar.SemanticScholarReader;

/** A JSON document that cannot be read as a whole is refused with one line that says where and why. */
class MalformedJsonTest {

    static Stream<Arguments> documentReaders() {
        return Stream.of(
                Arguments.of(new OpenAlexReader(), "openalex/pyopenalex_W2741809807.json"),
                Arguments.of(new SemanticScholarReader(), "semantic_scholar/s2_batch_papers_not_found.json"),
                Arguments.of(new CslJsonReader(), "csl_json/manubot_crossref-winter-scabs-csl.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentReaders")
    void refusesATruncatedDocumentWithTheLineWhereItEnds(MetadataReader reader, String fixture) {
        byte[] content = Fixtures.bytes(Fixtures.dir().resolve(fixture));
        byte[] firstHalf = Arrays.copyOf(content, content.length / 2);

        MetadataReadException refused = refused(reader, firstHalf);

        assertThat(refused.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(refused.getMessage()).matches("cut\\.json: not valid JSON at line \\d+, column \\d+: "
                + "Unexpected end-of-input[^\\n]*").doesNotContain("start marker");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentReaders")
    void refusesTextInAnotherEncodingThanUtf8(MetadataReader reader, String fixture) {
        byte[] latin1 = "[{\"title\": \"Caf\u00e9\",\n  \"abstract\": \"R\u00e9sum\u00e9\"}]".getBytes(ISO_8859_1);

        MetadataReadException refused = refused(reader, latin1);

        assertThat(refused.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(refused).hasMessageStartingWith("cut.json: not valid JSON at line 1, column ")
                .hasMessageContaining("Invalid UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentReaders")
    void refusesJsonLinesAndValuesThatAreNoDocument(MetadataReader reader, String fixture) {
        assertThat(refused(reader, "{\"title\": \"A\"}\n{\"title\": \"B\"}\n".getBytes(UTF_8)))
                .hasMessage("cut.json: a second JSON value starts at line 2; one JSON document holds one value"
                        + " (is this JSON Lines?)");
        assertThat(refused(reader, "\"just text\"".getBytes(UTF_8)))
                .hasMessage("cut.json: expected a JSON object or array, found a string");
        assertThat(refused(reader, " \n".getBytes(UTF_8))).hasMessage("cut.json: empty: no JSON value");
        assertThat(refused(reader, "@article{key, title = {T}}".getBytes(UTF_8)).getMessage())
                .startsWith("cut.json: not valid JSON at line 1, column 1: Unexpected character ('@'");
    }

    private static MetadataReadException refused(MetadataReader reader, byte[] content) {
        MetadataReadException refused = catchThrowableOfType(MetadataReadException.class,
                () -> reader.read(content, "cut.json"));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
