package org.livesurvey.ingest.source.csl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.GoldenFiles;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataRecord;

class CslJsonReaderTest {

    private final CslJsonReader reader = new CslJsonReader();

    static Stream<Path> fixtures() {
        return Fixtures.of("csl_json").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsEachFixtureAsItsGolden(Path fixture) {
        String name = fixture.getFileName().toString();
        GoldenFiles.assertMatches(reader.read(Fixtures.bytes(fixture), name),
                "csl_json/" + name.replaceFirst("\\.json$", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"date-parts\": [[2020, 5, 3]]}                  | 2020-05-03",
            "{\"date-parts\": [[\"2020\", \"05\"]]}            | 2020-05",
            "{\"date-parts\": [[2019, 11], [2020, 2]]}         | 2019-11",
            "{\"date-parts\": [[2021, 2, 30]]}                 | 2021-02",
            "{\"date-parts\": [[null]], \"raw\": \"2018-06\"}  | 2018-06",
            "{\"literal\": \"Spring 2017\"}                    | 2017",
            "\"2022-10-01\"                                    | 2022-10-01"})
    void readsTheIssuedDateAsPreciselyAsItIsGiven(String issued, String published) {
        MetadataRecord item = readOne("{\"type\": \"article\", \"title\": \"T\", \"issued\": " + issued + "}");

        assertThat(item.published()).hasToString(published);
    }

    @Test
    void readsNoDateFromNullDateParts() {
        MetadataRecord item = readOne("{\"type\": \"article\", \"title\": \"T\", \"issued\": {\"date-parts\": [[null]]}}");

        assertThat(item.published()).isNull();
    }

    @Test
    void putsParticlesAndSuffixesInDisplayOrderAndTakesOthersAsATruncatedList() {
        MetadataRecord item = readOne("""
                {"type": "book", "title": "T", "author": [
                  {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
                  {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
                  {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
                  {"literal": "OpenAI"},
                  {"literal": "others"}]}""");

        assertThat(item.authors()).containsExactly("Ludwig van Beethoven", "Vincent van Gogh", "Martin Luther King Jr.",
                "OpenAI");
        assertThat(item.authorsTruncated()).isTrue();
    }

    @Test
    void takesTheArxivIdOfAManubotIdOnlyWhenItSaysArxiv() {
        MetadataBatch batch = reader.read("""
                [{"id": "arxiv:2305.18290v2", "type": "article", "title": "From the citekey"},
                 {"id": "2305.18290", "number": "2305.18290", "type": "report", "title": "A report number"}]
                """.getBytes(UTF_8), "items.json");

        assertThat(batch.records()).extracting(MetadataRecord::arxivId).containsExactly("2305.18290", null);
        assertThat(batch.records().get(0).arxivVersion()).isEqualTo(2);
    }

    @Test
    void turnsJatsAndHtmlMarkupIntoPlainText() {
        MetadataRecord item = readOne("""
                {"type": "article-journal", "title": "The <i>k</i>-NN &amp; H<sub>2</sub>O",
                 "abstract": "<jats:title>Abstract</jats:title><jats:p>We show a&lt;b and c&gt;d.</jats:p>"}""");

        assertThat(item.title()).isEqualTo("The k-NN & H2O");
        assertThat(item.abstractText()).isEqualTo("Abstract We show a<b and c>d.");
    }

    private MetadataRecord readOne(String json) {
        MetadataBatch batch = reader.read(json.getBytes(UTF_8), "item.json");
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.records()).hasSize(1);
        return batch.records().get(0);
    }
}
