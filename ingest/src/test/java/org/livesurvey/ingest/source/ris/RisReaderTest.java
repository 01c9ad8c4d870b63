package org.livesurvey.ingest.source.ris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
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
import org.livesurvey.ingest.source.OtherFormatFiles;
import org.livesurvey.ingest.source.ReadProblem;

class RisReaderTest {

    private final RisReader reader = new RisReader();

    static List<Path> fixtures() {
        return Fixtures.of("ris");
    }

    static List<Path> otherFormats() {
        return OtherFormatFiles.except("ris");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsEveryFixtureAsItsGoldenSays(Path fixture) {
        MetadataBatch batch = reader.read(Fixtures.bytes(fixture), fixture.toString());
        GoldenFiles.assertMatches(batch, "ris/" + fixture.getFileName().toString().replaceAll("\\.ris$", ""));
    }

    private MetadataBatch read(String ris) {
        return reader.read(ris.getBytes(StandardCharsets.UTF_8), "test.ris");
    }

    @Nested
    class StandardRis {

        @Test
        void mapsAJournalArticle() {
            MetadataBatch batch = read("""
                    TY  - JOUR
                    TI  - Direct Preference Optimization:
                      Your Language Model is Secretly a Reward Model
                    AU  - Rafailov, Rafael
                    AU  - Ford, Henry, Jr.
                    AU  - et al.
                    A2  - Editor, Some
                    PY  - 2023///
                    DA  - 2023/05/29/
                    T2  - Advances in Neural Information Processing Systems
                    J2  - NeurIPS
                    AB  - We propose DPO.
                    DO  - 10.48550/arXiv.2305.18290
                    L1  - internal-pdf://dpo.pdf
                    L1  - https://arxiv.org/pdf/2305.18290v3
                    KW  - alignment
                    ER  -\s
                    """);
            assertThat(batch.problems()).isEmpty();
            assertThat(batch.records()).containsExactly(MetadataRecord.builder("test.ris:1")
                    .title("Direct Preference Optimization: Your Language Model is Secretly a Reward Model")
                    .authors(List.of("Rafael Rafailov", "Henry Ford Jr."))
                    .authorsTruncated(true)
                    .published(new PartialDate(2023, 5, 29))
                    .venue("Advances in Neural Information Processing Systems")
                    .abstractText("We propose DPO.")
                    .doi("10.48550/arxiv.2305.18290")
                    .arxivId("2305.18290")
                    .links(new Links("https://arxiv.org/abs/2305.18290", "https://arxiv.org/pdf/2305.18290v3", null, null))
                    .type("jour")
                    .build());
        }

        @Test
        void takesTheLandingPageFromUrAndThePdfFromAUrlThatNamesOne() {
            MetadataRecord record = read("""
                    TY  - CONF
                    T1  - A title
                    UR  - https://example.org/paper.pdf https://example.org/landing
                    ER  -
                    """).records().get(0);
            assertThat(record.links()).isEqualTo(
                    new Links("https://example.org/landing", "https://example.org/paper.pdf", null, null));
        }

        @Test
        void anAuthorThatIsOnlyCommasIsNoAuthor() {
            // found by MetadataReadersFuzzTest: "AU  - , , , ," made the name splitter index an empty array
            MetadataBatch batch = read("TY  - JOUR\nTI  - A title\nAU  - , , , ,\nAU  - Doe, Jane\nER  -\n");

            assertThat(batch.records()).singleElement().extracting(MetadataRecord::authors)
                    .isEqualTo(java.util.List.of("Jane Doe"));
        }

        @Test
        void reportsARecordWithoutTitleAndReadsTheRest() {
            MetadataBatch batch = read("""
                    TY  - JOUR
                    AU  - Nobody, No
                    ER  -

                    TY  - JOUR
                    TI  - Second
                    ER  -
                    """);
            assertThat(batch.records()).extracting(MetadataRecord::title).containsExactly("Second");
            assertThat(batch.problems()).containsExactly(new ReadProblem("test.ris", 1, "record at line 1 has no title"));
        }

        @Test
        void reportsRecordsCutOffBeforeTheirEr() {
            MetadataBatch batch = read("""
                    TY  - JOUR
                    TI  - Cut off by the next record
                    TY  - JOUR
                    TI  - Complete
                    ER  -
                    TY  - JOUR
                    TI  - Cut off by the end of the file
                    """);
            assertThat(batch.records()).extracting(MetadataRecord::title).containsExactly("Complete");
            assertThat(batch.problems()).containsExactly(
                    new ReadProblem("test.ris", 1, "record at line 1 is not closed by ER before line 3"),
                    new ReadProblem("test.ris", 6, "record at line 6 is not closed by ER before the end of the file"));
        }

        @Test
        void dropsARecordWithA50MegabyteAbstractAndReadsTheRest() {
            StringBuilder ris = new StringBuilder(52_500_000);
            ris.append("TY  - JOUR\nTI  - Before\nER  - \n");
            ris.append("TY  - JOUR\nTI  - Huge\nAB  - ").append("x".repeat(50 * 1024 * 1024)).append("\nER  - \n");
            ris.append("TY  - JOUR\nTI  - After\nER  - \n");
            MetadataBatch batch = reader.read(ris.toString().getBytes(StandardCharsets.UTF_8), "huge.ris");
            assertThat(batch.records()).extracting(MetadataRecord::title).containsExactly("Before", "After");
            assertThat(batch.problems()).containsExactly(new ReadProblem("huge.ris", 4,
                    "record at line 4 is dropped: AB has 52428800 characters, the limit is " + ReadLimits.MAX_FIELD_CHARS));
        }

        @Test
        void refusesLatin1BytesWithTheLineOfTheFirstOne() {
            byte[] latin1 = "TY  - JOUR\nTI  - Pflanzenöle\nER  - \n".getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> reader.read(latin1, "latin1.ris"))
                    .isInstanceOfSatisfying(MetadataReadException.class,
                            e -> assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED))
                    .hasMessage("latin1.ris: not UTF-8: byte 0xF6 at line 2 cannot be decoded (save the file as UTF-8)");
        }

        @Test
        void readsCrLfLineEnds() {
            MetadataBatch batch = read("TY  - JOUR\r\nTI  - Windows\r\nPY  - 2020\r\nER  - \r\n");
            assertThat(batch.records()).extracting(MetadataRecord::title, MetadataRecord::published)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Windows", new PartialDate(2020, null, null)));
        }
    }

    @Nested
    class WebOfScience {

        @Test
        void joinsWrappedLinesAndKeepsOneAuthorPerLine() {
            MetadataBatch batch = read("""
                    FN Clarivate Analytics Web of Science
                    VR 1.0
                    PT J
                    AU Doe, J
                       Roe, R
                    AF Doe, Jane
                       Roe, Richard
                    TI A title that Web of Science
                       wraps over two lines
                    SO JOURNAL OF TESTS
                    DT Article
                    PD SEP
                    PY 2021
                    DI 10.1000/ABC
                    UT WOS:000000000000001
                    DA 2023-01-02
                    ER

                    EF
                    """);
            assertThat(batch.problems()).isEmpty();
            assertThat(batch.records()).containsExactly(MetadataRecord.builder("test.ris:3")
                    .title("A title that Web of Science wraps over two lines")
                    .authors(List.of("Jane Doe", "Richard Roe"))
                    .venue("JOURNAL OF TESTS")
                    .published(new PartialDate(2021, 9, null))
                    .doi("10.1000/abc")
                    .links(new Links("https://doi.org/10.1000/abc", null, null, null))
                    .type("article")
                    .source("Clarivate Analytics Web of Science (WOS:000000000000001)")
                    .build());
        }
    }

    @Nested
    class Recognition {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.livesurvey.ingest.source.ris.RisReaderTest#fixtures")
        void recognisesEveryRisFixture(Path fixture) {
            assertThat(reader.recognises(head(fixture), fixture.getFileName().toString())).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.livesurvey.ingest.source.ris.RisReaderTest#otherFormats")
        void rejectsEveryFileOfAnotherFormat(Path file) {
            assertThat(reader.recognises(head(file), file.getFileName().toString())).isFalse();
        }

        private static byte[] head(Path file) {
            byte[] bytes = Fixtures.bytes(file);
            return Arrays.copyOf(bytes, Math.min(bytes.length, ReadLimits.SNIFF_BYTES));
        }
    }
}
