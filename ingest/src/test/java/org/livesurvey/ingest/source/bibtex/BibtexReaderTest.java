package org.livesurvey.ingest.source.bibtex;

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
import org.assertj.core.groups.Tuple;
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

class BibtexReaderTest {

    private final BibtexReader reader = new BibtexReader();

    static List<Path> fixtures() {
        return Fixtures.of("bibtex");
    }

    static List<Path> otherFormats() {
        return OtherFormatFiles.except("bibtex");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsEveryFixtureAsItsGoldenSays(Path fixture) {
        MetadataBatch batch = reader.read(Fixtures.bytes(fixture), fixture.toString());
        GoldenFiles.assertMatches(batch, "bibtex/" + fixture.getFileName().toString().replaceAll("\\.bib$", ""));
    }

    private MetadataBatch read(String bibtex) {
        return reader.read(bibtex.getBytes(StandardCharsets.UTF_8), "test.bib");
    }

    private MetadataRecord only(String bibtex) {
        MetadataBatch batch = read(bibtex);
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.records()).hasSize(1);
        return batch.records().get(0);
    }

    @Nested
    class Fields {

        @Test
        void mapsAnArticle() {
            MetadataRecord record = only("""
                    @Article{ouyang2022,
                      title = {Training language models to follow instructions with human feedback},
                      author = {Ouyang, Long and Wu, Jeff and others},
                      journal = {Advances in Neural Information Processing Systems},
                      year = 2022, month = dec,
                      doi = {10.5555/ABC.123},
                      url = {https://proceedings.neurips.cc/paper/2022/hash/b1efde53be364a73914f58805a001731-Abstract.html},
                      keywords = {rlhf, alignment}
                    }
                    """);
            assertThat(record).isEqualTo(MetadataRecord.builder("test.bib:1")
                    .title("Training language models to follow instructions with human feedback")
                    .authors(List.of("Long Ouyang", "Jeff Wu"))
                    .authorsTruncated(true)
                    .venue("Advances in Neural Information Processing Systems")
                    .published(new PartialDate(2022, 12, null))
                    .doi("10.5555/abc.123")
                    .links(new Links("https://proceedings.neurips.cc/paper/2022/hash/"
                            + "b1efde53be364a73914f58805a001731-Abstract.html", null, null, null))
                    .type("article")
                    .build());
        }

        @Test
        void decodesLatexInTitlesAbstractsVenuesAndNames() {
            MetadataRecord record = only("""
                    @inproceedings{x,
                      title = {{BERT}: Pre-training of Deep Bidirectional {T}ransformers --- {\\"U}ber $\\alpha$},
                      author = {G{\\"o}del, Kurt and Erd\\H{o}s, P{\\'a}l and {\\O}stergaard, S\\o{}ren},
                      booktitle = {Proc.~of {NAACL}},
                      abstract = {We reach 50\\% with \\emph{less}.},
                      year = {2019}
                    }
                    """);
            assertThat(record.title()).isEqualTo("BERT: Pre-training of Deep Bidirectional Transformers — Über $\\alpha$");
            assertThat(record.authors()).containsExactly("Kurt Gödel", "Pál Erdős", "Søren Østergaard");
            assertThat(record.venue()).isEqualTo("Proc. of NAACL");
            assertThat(record.abstractText()).isEqualTo("We reach 50% with less.");
        }

        @Test
        void readsEveryFormOfName() {
            MetadataRecord record = only("""
                    @misc{x, title = {T},
                      author = {John Smith and van der Berg, Jan and Ford, Jr., Henry and {Barnes and Noble, Inc.}
                                AND Ludwig {van Beethoven} and Others}}
                    """);
            assertThat(record.authors()).containsExactly(
                    "John Smith", "Jan van der Berg", "Henry Ford Jr.", "Barnes and Noble, Inc.", "Ludwig van Beethoven");
            assertThat(record.authorsTruncated()).isTrue();
        }

        @Test
        void expandsStringMacrosAndConcatenation() {
            MetadataRecord record = only("""
                    @string{neurips = "Advances in Neural Information Processing Systems"}
                    @String(conf = {Proc. } # neurips)
                    @comment{ @article{hidden, title = {Not a record}} }
                    @preamble{ "\\newcommand{\\noopsort}[1]{}" }
                    @inproceedings{x, title = "Title", booktitle = conf # { 35}, year = "2022", month = "aug"}
                    """);
            assertThat(record.venue()).isEqualTo("Proc. Advances in Neural Information Processing Systems 35");
            assertThat(record.published()).isEqualTo(new PartialDate(2022, 8, null));
            assertThat(record.origin()).isEqualTo("test.bib:5");
        }

        @Test
        void keepsTheNameOfAMacroThatNothingDefines() {
            assertThat(only("@article{x, title = {T}, journal = tpami}").venue()).isEqualTo("tpami");
        }

        @Test
        void inheritsMissingFieldsThroughCrossrefInEitherOrder() {
            MetadataBatch batch = read("""
                    @inproceedings{child, title = {Child paper}, crossref = {Proc22}, pages = {1--9}}
                    @proceedings{proc22, title = {Proceedings of X}, booktitle = {Proceedings of X},
                                 year = 2022, month = {July}}
                    @inproceedings{orphan, title = {Orphan}, crossref = {missing}}
                    @inproceedings{later, title = {Later child}, crossref = {proc22}, year = 2021}
                    """);
            assertThat(batch.problems()).isEmpty();
            assertThat(batch.records()).extracting(MetadataRecord::title, MetadataRecord::venue, MetadataRecord::published)
                    .containsExactly(
                            Tuple.tuple("Child paper", "Proceedings of X", new PartialDate(2022, 7, null)),
                            Tuple.tuple("Proceedings of X", "Proceedings of X", new PartialDate(2022, 7, null)),
                            Tuple.tuple("Orphan", null, null),
                            Tuple.tuple("Later child", "Proceedings of X", new PartialDate(2021, 7, null)));
        }

        @Test
        void findsArxivIdsInEprintUrlsAndScholarJournals() {
            MetadataBatch batch = read("""
                    @article{a, title = {A}, eprint = {2203.02155v2}, archivePrefix = {arXiv}, primaryClass = {cs.CL}}
                    @article{b, title = {B}, url = {https://arxiv.org/pdf/1706.03762v7.pdf}}
                    @article{c, title = {C}, journal = {arXiv preprint arXiv:2305.18290}, year = {2023}}
                    @article{d, title = {D}, eprint = {hep-th/9901001}, eprinttype = {arxiv}, doi = {10.1000/x}}
                    """);
            assertThat(batch.records()).extracting(MetadataRecord::arxivId)
                    .containsExactly("2203.02155", "1706.03762", "2305.18290", "hep-th/9901001");
            assertThat(batch.records()).extracting(MetadataRecord::arxivVersion).containsExactly(2, 7, null, null);
            assertThat(batch.records()).extracting(MetadataRecord::links).containsExactly(
                    new Links("https://arxiv.org/abs/2203.02155", null, null, null),
                    new Links("https://arxiv.org/abs/1706.03762", "https://arxiv.org/pdf/1706.03762v7.pdf", null, null),
                    new Links("https://arxiv.org/abs/2305.18290", null, null, null),
                    new Links("https://arxiv.org/abs/hep-th/9901001", null, null, null));
        }

        @Test
        void givesTheDoiResolverWhenNoOtherLandingPageIsGiven() {
            MetadataRecord record = only("@article{x, title = {T}, doi = {https://doi.org/10.1145/3442188.3445922}}");
            assertThat(record.doi()).isEqualTo("10.1145/3442188.3445922");
            assertThat(record.links()).isEqualTo(new Links("https://doi.org/10.1145/3442188.3445922", null, null, null));
        }

        @Test
        void readsMonthsAndDatesAsPreciselyAsTheyAreGiven() {
            MetadataBatch batch = read("""
                    @misc{a, title = {A}, year = {2020}, month = {3}}
                    @misc{b, title = {B}, year = {2020}, month = {September}}
                    @misc{c, title = {C}, year = {2020}, month = {Spring}}
                    @misc{d, title = {D}, date = {2019-05-03}}
                    @misc{e, title = {E}, year = {forthcoming}}
                    @misc{f, title = {F}}
                    """);
            assertThat(batch.records()).extracting(MetadataRecord::published).containsExactly(
                    new PartialDate(2020, 3, null), new PartialDate(2020, 9, null), new PartialDate(2020, null, null),
                    new PartialDate(2019, 5, 3), null, null);
        }
    }

    @Nested
    class BrokenInput {

        @Test
        void reportsAnEntryWithoutTitleAndReadsTheRest() {
            MetadataBatch batch = read("""
                    @misc{first, note = {no title here}}

                    @misc{second, title = {Second}}
                    """);
            assertThat(batch.records()).extracting(MetadataRecord::title).containsExactly("Second");
            assertThat(batch.problems()).containsExactly(
                    new ReadProblem("test.bib", 1, "entry 'first' at line 1 has no title"));
        }

        @Test
        void readsAnEntryThatIsOnlyAKey() {
            assertThat(read("@misc{keyonly}").problems()).containsExactly(
                    new ReadProblem("test.bib", 1, "entry 'keyonly' at line 1 has no title"));
        }

        @Test
        void reportsATruncatedEntryAtItsLineAndReadsTheEntriesAfterIt() {
            MetadataBatch batch = read("""
                    @article{one, title = {One}}
                    @article{two,
                      title = {Two is cut off in the mid
                    @article{three, title = {Three}}
                    """);
            assertThat(batch.records()).extracting(MetadataRecord::title).containsExactly("One", "Three");
            assertThat(batch.problems()).containsExactly(
                    new ReadProblem("test.bib", 2, "entry 'two' at line 2 is not closed before line 4"));
        }

        @Test
        void reportsASyntaxErrorWithTheLineWhereItStands() {
            MetadataBatch batch = read("""
                    @article{one, title = {One}}
                    @article{two,
                      title = {Two},
                      year = 2020 2021
                    }
                    @article{three, title = {Three}}
                    """);
            assertThat(batch.records()).extracting(MetadataRecord::title).containsExactly("One", "Three");
            assertThat(batch.problems()).containsExactly(
                    new ReadProblem("test.bib", 2, "entry 'two' at line 2 cannot be read: unexpected '2021' at line 4"));
        }

        @Test
        void countsTheLinesOfMultiLineValuesInTheLineOfAnError() {
            MetadataBatch batch = read("""
                    @article{one,
                      abstract = {First line
                        second line
                        third line},
                      title = "A quoted
                        title",
                      year = 2020 2021
                    }
                    """);
            assertThat(batch.problems()).extracting(ReadProblem::message)
                    .containsExactly("entry 'one' at line 1 cannot be read: unexpected '2021' at line 7");
        }

        @Test
        void readsTextsThatHoldPrivateUseCharacters() {
            MetadataRecord record = only("@article{x, title = {Private \uE000 use \uE001 {BERT}}, abstract = {a\nb}}");
            assertThat(record.title()).isEqualTo("Private \uE000 use \uE001 BERT");
            assertThat(record.abstractText()).isEqualTo("a b");
        }

        @Test
        void reportsAnUnterminatedFileAndKeepsWhatCameBefore() {
            MetadataBatch batch = read("@article{one, title = {One}}\n\n@article{two, title = {Two}");
            assertThat(batch.records()).extracting(MetadataRecord::title).containsExactly("One");
            assertThat(batch.problems()).containsExactly(
                    new ReadProblem("test.bib", 3, "entry 'two' at line 3 is not closed before the end of the file"));
        }

        @Test
        void refusesLatin1BytesWithTheLineOfTheFirstOne() {
            byte[] latin1 = "@article{x,\n  title = {Pflanzenöle}\n}\n".getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> reader.read(latin1, "latin1.bib"))
                    .isInstanceOfSatisfying(MetadataReadException.class,
                            e -> assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED))
                    .hasMessage("latin1.bib: not UTF-8: byte 0xF6 at line 2 cannot be decoded (save the file as UTF-8)");
        }

        @Test
        void dropsARecordWithA50MegabyteAbstractAndReadsTheRest() {
            StringBuilder bib = new StringBuilder(52_500_000);
            bib.append("@article{before, title = {Before}}\n");
            bib.append("@article{huge,\n  title = {Huge},\n  abstract = {");
            bib.append("x".repeat(50 * 1024 * 1024));
            bib.append("}\n}\n@article{after, title = {After}}\n");
            MetadataBatch batch = reader.read(bib.toString().getBytes(StandardCharsets.UTF_8), "huge.bib");
            assertThat(batch.records()).extracting(MetadataRecord::title).containsExactly("Before", "After");
            assertThat(batch.problems()).containsExactly(new ReadProblem("huge.bib", 2,
                    "entry 'huge' at line 2 is dropped: abstract has 52428800 characters, the limit is "
                            + ReadLimits.MAX_FIELD_CHARS));
        }

        @Test
        void dropsARecordWhoseConcatenatedFieldIsOverTheLimit() {
            String half = "y".repeat(ReadLimits.MAX_FIELD_CHARS / 2 + 1);
            MetadataBatch batch = read("@article{x, title = {T}, note = {" + half + "} # {" + half + "}}");
            assertThat(batch.records()).isEmpty();
            assertThat(batch.problems()).extracting(ReadProblem::message)
                    .containsExactly("entry 'x' at line 1 is dropped: note has " + (2 * half.length())
                            + " characters, the limit is " + ReadLimits.MAX_FIELD_CHARS);
        }

        @Test
        void readsAnEmptyFileAsNoRecords() {
            assertThat(read("% nothing here\n").records()).isEmpty();
        }
    }

    @Nested
    class Recognition {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.livesurvey.ingest.source.bibtex.BibtexReaderTest#fixtures")
        void recognisesEveryBibtexFixture(Path fixture) {
            assertThat(reader.recognises(head(fixture), fixture.getFileName().toString())).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.livesurvey.ingest.source.bibtex.BibtexReaderTest#otherFormats")
        void rejectsEveryFileOfAnotherFormat(Path file) {
            assertThat(reader.recognises(head(file), file.getFileName().toString())).isFalse();
        }

        private static byte[] head(Path file) {
            byte[] bytes = Fixtures.bytes(file);
            return Arrays.copyOf(bytes, Math.min(bytes.length, ReadLimits.SNIFF_BYTES));
        }
    }
}
