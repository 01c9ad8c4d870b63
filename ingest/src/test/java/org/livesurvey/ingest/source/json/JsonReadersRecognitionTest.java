package org.livesurvey.ingest.source.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.ReadLimits;
import org.livesurvey.ingest.source.corpus.CorpusMetadataReader;
import org.livesurvey.ingest.source.csl.CslJsonReader;
import org.livesurvey.ingest.source.openalex.OpenAlexReader;
import org.livesurvey.ingest.source.semanticscholar.SemanticScholarReader;

/** The JSON formats tell each other apart by shape, and claim nothing of the other formats' fixtures. */
class JsonReadersRecognitionTest {

    private static final MetadataReader OPENALEX = new OpenAlexReader();
    private static final MetadataReader SEMANTIC_SCHOLAR = new SemanticScholarReader();
    private static final MetadataReader CSL = new CslJsonReader();
    private static final MetadataReader CORPUS = new CorpusMetadataReader();
    private static final List<MetadataReader> READERS = List.of(OPENALEX, SEMANTIC_SCHOLAR, CSL, CORPUS);
    private static final Map<String, MetadataReader> OWNER_OF_FOLDER = Map.of(
            "openalex", OPENALEX, "semantic_scholar", SEMANTIC_SCHOLAR, "csl_json", CSL);

    static Stream<Arguments> everyFixtureAndCorpusFile() throws IOException {
        Stream<Arguments> fixtures;
        try (Stream<Path> folders = Files.list(Fixtures.dir())) {
            fixtures = folders.filter(Files::isDirectory).sorted().toList().stream()
                    .flatMap(folder -> Fixtures.of(folder.getFileName().toString()).stream()
                            .map(file -> Arguments.of(file, OWNER_OF_FOLDER.get(folder.getFileName().toString()))));
        }
        Path corpus = Fixtures.corpus();
        List<Path> corpusFiles;
        try (Stream<Path> daily = Files.list(corpus.resolve("arxiv-daily"))) {
            corpusFiles = Stream.concat(Stream.of(corpus.resolve("papers.jsonl"), corpus.resolve("arxiv-metadata.jsonl")),
                    daily.sorted()).toList();
        }
        return Stream.concat(fixtures, corpusFiles.stream().map(file -> Arguments.of(file, CORPUS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFixtureAndCorpusFile")
    void onlyItsOwnReaderRecognisesAFile(Path file, MetadataReader owner) {
        byte[] content = Fixtures.bytes(file);
        byte[] head = Arrays.copyOf(content, Math.min(content.length, ReadLimits.SNIFF_BYTES));
        String name = file.getFileName().toString();

        for (MetadataReader reader : READERS) {
            assertThat(reader.recognises(head, name)).as(reader.format() + " recognises " + file)
                    .isEqualTo(reader == owner);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headsOfNoFormat")
    void recognisesNothingInHeadsOfNoFormatAndNeverThrows(String description, byte[] head) {
        for (MetadataReader reader : READERS) {
            assertThat(reader.recognises(head, "file.json")).as(reader.format()).isFalse();
        }
    }

    static Stream<Arguments> headsOfNoFormat() {
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("an opening brace", bytes("{")),
                Arguments.of("a byte order mark and a brace", bytes("\uFEFF{")),
                Arguments.of("an array of numbers", bytes("[1, 2, 3]")),
                Arguments.of("a cut-off UTF-8 character", Arrays.copyOf(bytes("{\"title\": \"é"), 12)),
                Arguments.of("binary", new byte[] {(byte) 0xff, 0, (byte) 0x80, 0x1f, (byte) 0xc3}),
                Arguments.of("an object of another kind", bytes("{\"name\": \"x\", \"version\": \"1.0\"}")),
                Arguments.of("an OpenAlex author", bytes("{\"id\": \"https://openalex.org/A5023888391\"}")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
