package org.livesurvey.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.metadata.LatexText;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.source.bibtex.BibtexReader;
import org.livesurvey.ingest.source.ris.RisReader;

/**
 * Whatever a broken export holds, the BibTeX and RIS readers answer with records and problems (or, for bytes that
 * are not UTF-8, one typed error), never with another exception, and every line they name lies in the input.
 * Inputs are valid files changed at random places; the seed is fixed so that a failure can be replayed.
 */
class HostileTaggedTextTest {

    private static final int INPUTS = 1_500;

    private static final String VALID_BIBTEX = """
            Exported by a reference manager
            @string{conf = "Proc. of "}
            @inproceedings{ouyang2022,
              title = {Training language models to follow instructions with {RLHF}},
              author = {Ouyang, Long and G{\\"o}del, Kurt and others},
              booktitle = conf # {NeurIPS}, year = 2022, month = dec,
              eprint = {2203.02155}, archivePrefix = {arXiv}
            }
            @proceedings{neurips22, title = "NeurIPS 2022", year = {2022}}
            @article{child, title = {Child}, crossref = {neurips22}, doi = {10.1/X}}
            """;

    private static final String VALID_RIS = """
            Record #1 of 2
            TY  - JOUR
            TI  - A title
              that goes on
            AU  - Smith, John, Jr.
            PY  - 2019/05/03/
            UR  - https://arxiv.org/abs/2203.02155
            ER  -\s
            TY  - CONF
            T1  - Another
            ER  -
            FN Clarivate Analytics Web of Science
            VR 1.0
            PT J
            TI A title
               on two lines
            PD JUN 8
            PY 2004
            ER
            EF
            """;

    private static final List<String> BIBTEX_PIECES = List.of(
            "@article{", "@string{", "@comment{", "@preamble{", "@misc(", "@", "{", "}", "(", ")", "\"", ",", "=", "#",
            "%", "\n", "\r\n", " ", "\t", "key", "title", " = ", "author = {A and B and others}", "crossref = {key}",
            "year = 2020", "month = jan", "\\\"o", "\\", "\\{", "\\}", "$", "$\\alpha$", "--", "~", "\uE000", "\uE001",
            "eprint = {2203.02155}", "archivePrefix = {arXiv}", "doi = {10.1/x}", "url = {https://arxiv.org/abs/1}",
            "é", "\uD83D\uDE00", "\u0000");

    private static final List<String> RIS_PIECES = List.of(
            "TY  - ", "ER  - ", "ER  -", "TI  - ", "AU  - ", "PY  - ", "DA  - ", "UR  - ", "L1  - ", "DO  - ", "JOUR",
            "PT J", "FN Clarivate", "VR 1.0", "AU ", "AF ", "TI ", "PD ", "PY ", "ER", "EF", "   ", "\n", "\r\n", " ",
            "-", "/", "2019///", "2019/13/40/", "JUN 31", "Smith, John, Jr.", ",", "https://arxiv.org/pdf/1.pdf",
            "\uFEFF", "é", "\u0000");

    private final BibtexReader bibtex = new BibtexReader();
    private final RisReader ris = new RisReader();

    @Test
    void bibtexReaderNeverFailsOnBrokenInput() {
        Random random = new Random(20_250_601L);
        int records = 0;
        for (int i = 0; i < INPUTS; i++) {
            records += readOrRefuse(bibtex, hostile(random, VALID_BIBTEX, BIBTEX_PIECES));
        }
        assertThat(records).as("records found in all inputs: the inputs reach past the syntax").isPositive();
    }

    @Test
    void risReaderNeverFailsOnBrokenInput() {
        Random random = new Random(20_250_602L);
        int records = 0;
        for (int i = 0; i < INPUTS; i++) {
            records += readOrRefuse(ris, hostile(random, VALID_RIS, RIS_PIECES));
        }
        assertThat(records).as("records found in all inputs: the inputs reach past the syntax").isPositive();
    }

    @Test
    void latexDecodingNeverFails() {
        Random random = new Random(20_250_603L);
        for (int i = 0; i < INPUTS; i++) {
            String text = new String(hostile(random, VALID_BIBTEX, BIBTEX_PIECES), StandardCharsets.UTF_8);
            assertThat(catchThrowable(() -> LatexText.toUnicode(text))).as(text).isNull();
        }
    }

    /** The number of records read. */
    private static int readOrRefuse(MetadataReader reader, byte[] input) {
        String shown = new String(input, StandardCharsets.UTF_8);
        assertThat(catchThrowable(() -> reader.recognises(input, "hostile"))).as(shown).isNull();
        MetadataBatch batch;
        try {
            batch = reader.read(input, "hostile");
        } catch (MetadataReadException e) {
            assertThat(e.kind()).as(shown).isEqualTo(MetadataReadException.Kind.MALFORMED);
            return 0;
        }
        int lines = shown.split("\n", -1).length;
        assertThat(batch.problems()).as(shown).allSatisfy(p -> assertThat(p.line()).isBetween(1, lines));
        assertThat(batch.records()).as(shown).allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(lineOf(r)).isBetween(1, lines);
        });
        return batch.records().size();
    }

    private static int lineOf(MetadataRecord record) {
        return Integer.parseInt(record.origin().substring(record.origin().lastIndexOf(':') + 1));
    }

    /**
     * A valid file of the format, changed in up to six places: a piece of the format inserted, a span deleted or
     * repeated, the end cut off; one input in ten also has a random byte that may break UTF-8.
     */
    private static byte[] hostile(Random random, String valid, List<String> pieces) {
        StringBuilder text = new StringBuilder(valid);
        int changes = random.nextInt(7);
        for (int c = 0; c < changes && text.length() > 0; c++) {
            int at = random.nextInt(text.length());
            int end = Math.min(text.length(), at + random.nextInt(40));
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, pieces.get(random.nextInt(pieces.size())));
                case 1 -> text.delete(at, end);
                case 2 -> text.insert(at, text.substring(at, end));
                default -> text.setLength(end);
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
