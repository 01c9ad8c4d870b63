package org.livesurvey.ingest.source.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.corpus.CorpusMetadataReader;
import org.livesurvey.ingest.source.csl.CslJsonReader;
import org.livesurvey.ingest.source.openalex.OpenAlexReader;
import org.livesurvey.ingest.source.semanticscholar.SemanticScholarReader;

/**
 * Damaged copies of real answers (cut short, bytes changed, values swapped for others of another type) either read
 * with problems or are refused with a {@link MetadataReadException}; no other exception escapes a reader.
 */
class DamagedInputTest {

    private static final int COPIES = 100;
    // values of every JSON type, put where a value stood
    private static final String[] VALUES = {"null", "{}", "[]", "[null]", "{\"a\": [1]}", "7", "-1e999", "true",
            "\"\"", "\"2020-13-45\"", "[[null, \"x\"]]", "\"arXiv:2401.99999v0\""};

    static Stream<Arguments> realAnswers() {
        Path samples = Path.of("src/test/resources/metadata");
        return Stream.of(
                Fixtures.of("openalex").stream().map(f -> Arguments.of(new OpenAlexReader(), f)),
                Fixtures.of("semantic_scholar").stream().map(f -> Arguments.of(new SemanticScholarReader(), f)),
                Fixtures.of("csl_json").stream().map(f -> Arguments.of(new CslJsonReader(), f)),
                Stream.of("corpus-papers.jsonl", "corpus-arxiv-metadata.jsonl", "corpus-arxiv-daily-2026-02-02.jsonl")
                        .map(sample -> Arguments.of(new CorpusMetadataReader(), samples.resolve(sample))))
                .flatMap(arguments -> arguments);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("realAnswers")
    void readsOrRefusesEveryDamagedCopy(MetadataReader reader, Path answer) {
        byte[] original = Fixtures.bytes(answer);
        Random random = new Random(answer.getFileName().toString().hashCode());
        for (int copy = 0; copy < COPIES; copy++) {
            byte[] damaged = damage(original, random);
            try {
                reader.read(damaged, "damaged");
            } catch (MetadataReadException refused) {
                assertThat(refused.getMessage()).startsWith("damaged: ").doesNotContain("\n");
            }
        }
    }

    private static byte[] damage(byte[] original, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Arrays.copyOf(original, random.nextInt(original.length + 1));
            case 1 -> {
                byte[] changed = original.clone();
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
                yield changed;
            }
            default -> replaceAValue(original, random);
        };
    }

    /** The value after a random ":" becomes a value of some other type. */
    private static byte[] replaceAValue(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        int colon = text.indexOf(':', random.nextInt(text.length()));
        if (colon < 0) {
            return original;
        }
        int end = colon + 1;
        while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String value = VALUES[random.nextInt(VALUES.length)];
        return (text.substring(0, colon + 1) + " " + value + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
