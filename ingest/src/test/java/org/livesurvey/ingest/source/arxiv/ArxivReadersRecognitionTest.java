package org.livesurvey.ingest.source.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.ReadLimits;

/** Each reader claims its own folder's files and nothing else of the fixtures and the corpus. */
class ArxivReadersRecognitionTest {

    private final MetadataReader atom = new ArxivAtomReader();
    private final MetadataReader oai = new ArxivOaiReader();

    @Test
    void theAtomReaderRecognisesExactlyTheArxivApiAnswers() {
        assertThat(everyFile()).allSatisfy(file -> assertThat(atom.recognises(head(file), name(file)))
                .as(file.toString())
                .isEqualTo(isIn(file, "arxiv_atom")));
    }

    @Test
    void theOaiReaderRecognisesExactlyTheArxivOaiAnswers() {
        assertThat(everyFile()).allSatisfy(file -> assertThat(oai.recognises(head(file), name(file)))
                .as(file.toString())
                .isEqualTo(isIn(file, "arxiv_oai")));
    }

    @Test
    void emptyOrMissingHeadsAreNotClaimed() {
        for (MetadataReader reader : List.of(atom, oai)) {
            assertThat(reader.recognises(new byte[0], "empty.xml")).isFalse();
            assertThat(reader.recognises(null, "-")).isFalse();
            assertThat(reader.recognises(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "soup.xml")).isFalse();
        }
    }

    // every fixture folder, so that a format added later is checked against these readers too
    private static List<Path> everyFile() {
        Path corpus = Fixtures.corpus();
        List<Path> files = Stream.of(
                        list(Fixtures.dir()).stream().filter(Files::isDirectory)
                                .flatMap(folder -> Fixtures.of(name(folder)).stream()),
                        Stream.of(corpus.resolve("papers.jsonl"), corpus.resolve("arxiv-metadata.jsonl"),
                                corpus.resolve("seed-abstracts.txt")),
                        list(corpus.resolve("arxiv-daily")).stream())
                .flatMap(s -> s)
                .toList();
        assertThat(files).allSatisfy(file -> assertThat(file).isRegularFile());
        assertThat(files).extracting(file -> name(file.getParent())).contains("arxiv_atom", "arxiv_oai", "bibtex");
        return files;
    }

    private static boolean isIn(Path file, String folder) {
        return file.getParent().getFileName().toString().equals(folder);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ReadLimits.SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
