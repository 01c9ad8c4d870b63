package org.livesurvey.ingest.source.arxiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.metadata.Fixtures;
import org.livesurvey.ingest.metadata.GoldenFiles;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.model.PartialDate;

class ArxivOaiReaderTest {

    private static final String ERROR_SAMPLE = "ErrorResponseNoRecordsMatch.xml";
    private static final String RAW = "ListRecordsResponse_arXivRaw.xml";

    private final ArxivOaiReader reader = new ArxivOaiReader();

    static Stream<Path> answers() {
        return Fixtures.of("arxiv_oai").stream().filter(file -> !file.getFileName().toString().equals(ERROR_SAMPLE));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void readsEveryRecordedAnswerAsItsGoldenSays(Path fixture) {
        String name = fixture.getFileName().toString();

        MetadataBatch batch = reader.read(Fixtures.bytes(fixture), name);

        GoldenFiles.assertMatches(batch, "arxiv_oai/" + name.replace(".xml", ""));
    }

    @Test
    void noRecordsMatchIsTheServicesError() {
        MetadataReadException e = catchThrowableOfType(() -> read(ERROR_SAMPLE), MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.SERVICE_ERROR);
        assertThat(e.code()).isEqualTo("noRecordsMatch");
        assertThat(e.getMessage()).isEqualTo(ERROR_SAMPLE + ": OAI-PMH answered with an error (noRecordsMatch):"
                + " Set argument doesn't match any sets. The setSpec was 'moo'");
    }

    @Test
    void otherOaiErrorsCarryTheirCode() {
        String answer = oai("<error code=\"badResumptionToken\">The value of the resumptionToken argument is invalid"
                + " or expired.</error>");

        MetadataReadException e = catchThrowableOfType(() -> reader.read(utf8(answer), "expired.xml"),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.SERVICE_ERROR);
        assertThat(e.code()).isEqualTo("badResumptionToken");
    }

    @Test
    void anArxivRawRecordIsPublishedWithItsFirstVersionAndUpdatedWithItsLatest() {
        MetadataRecord record = read(RAW).records().get(1);

        assertThat(record.arxivId()).isEqualTo("0704.0716");
        assertThat(record.published()).isEqualTo(PartialDate.parse("2007-04-05"));
        assertThat(record.updated()).isEqualTo(PartialDate.parse("2008-11-14"));
        assertThat(record.arxivVersion()).isEqualTo(4);
        assertThat(record.origin()).isEqualTo(RAW + ":32");
    }

    @Test
    void ofTwoDoisInOneElementTheFirstIsTheWorksAndTheErratumStaysInTheJournalRef() {
        MetadataRecord record = read(RAW).records().get(0);

        assertThat(record.doi()).isEqualTo("10.1103/physrevc.76.024606");
        assertThat(record.journalRef()).isEqualTo("Phys.Rev.C76:024606,2007; Erratum-ibid.C76:039902,2007");
        assertThat(record.authors()).containsExactly("D.V. Shetty", "S.J. Yennello", "G.A. Souliotis");
    }

    @Test
    void aResumptionTokenIsTheNextPageAndTheCompleteListSizeTheTotal() {
        assertThat(read(RAW).paging()).isEqualTo(new MetadataBatch.Paging(58_011L, "726959|1001"));
        assertThat(read("sample_arxiv_response_listrecords_cs.xml").paging()).isEqualTo(MetadataBatch.Paging.COMPLETE);
    }

    @Test
    void anEmptyResumptionTokenEndsTheList() {
        String answer = oai("<ListRecords>" + arxivRecord("1101.4388") + "\n"
                + "<resumptionToken cursor=\"1000\" completeListSize=\"1001\"/></ListRecords>");

        assertThat(reader.read(utf8(answer), "last.xml").paging()).isEqualTo(new MetadataBatch.Paging(1001L, null));
    }

    @Test
    void aDeletedRecordIsSkippedWithAProblem() {
        String answer = oai("<ListRecords>\n"
                + "<record><header status=\"deleted\"><identifier>oai:arXiv.org:math/0309136</identifier>"
                + "<datestamp>2015-01-16</datestamp></header></record>\n"
                + arxivRecord("1101.4388") + "\n</ListRecords>");

        MetadataBatch batch = reader.read(utf8(answer), "deleted.xml");

        assertThat(batch.problems()).extracting(Object::toString)
                .containsExactly("deleted.xml:6: record oai:arXiv.org:math/0309136 is deleted at the source");
        assertThat(batch.records()).extracting(MetadataRecord::origin).containsExactly("deleted.xml:7");
    }

    @Test
    void readsAGetRecordAnswer() {
        String answer = oai("<GetRecord>" + arxivRecord("1101.4388") + "</GetRecord>");

        MetadataBatch batch = reader.read(utf8(answer), "one.xml");

        assertThat(batch.records()).extracting(MetadataRecord::arxivId).containsExactly("1101.4388");
        assertThat(batch.records().get(0).authors()).containsExactly("Fred J. Hickernell Jr");
    }

    @Test
    void aRecordWithABadDateIsAProblemAndTheOthersAreRead() {
        String answer = oai("<ListRecords>\n" + arxivRecord("1101.4388").replace("2011-01-23", "23.01.2011") + "\n"
                + arxivRecord("1101.4389") + "\n</ListRecords>");

        MetadataBatch batch = reader.read(utf8(answer), "bad.xml");

        assertThat(batch.problems()).extracting(Object::toString)
                .containsExactly("bad.xml:6: published: '23.01.2011' is not a date (ISO 8601 or RFC 1123)");
        assertThat(batch.records()).extracting(MetadataRecord::arxivId).containsExactly("1101.4389");
    }

    @Test
    void metadataInAnotherFormatIsRefused() {
        String answer = oai("<ListRecords><record><header><identifier>oai:arXiv.org:1101.4388</identifier></header>"
                + "<metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"/></metadata>"
                + "</record></ListRecords>");

        MetadataReadException e = catchThrowableOfType(() -> reader.read(utf8(answer), "dc.xml"),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.UNSUPPORTED);
        assertThat(e.getMessage()).isEqualTo("dc.xml: line 5: metadata <dc> in namespace"
                + " 'http://www.openarchives.org/OAI/2.0/oai_dc/' is neither arXiv nor arXivRaw;"
                + " ask for metadataPrefix=arXiv or arXivRaw");
    }

    @Test
    void anAnswerToAnotherVerbIsUnsupported() {
        MetadataReadException e = catchThrowableOfType(
                () -> reader.read(utf8(oai("<ListSets><set><setSpec>cs</setSpec></set></ListSets>")), "sets.xml"),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.UNSUPPORTED);
    }

    @Test
    void aTruncatedAnswerIsMalformedWithItsLine() {
        byte[] whole = Fixtures.bytes(Fixtures.dir().resolve("arxiv_oai").resolve(RAW));
        byte[] cut = Arrays.copyOf(whole, 3000); // stops on line 41, in a version date

        MetadataReadException e = catchThrowableOfType(() -> reader.read(cut, "cut.xml"), MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(e.getMessage()).startsWith("cut.xml: not well-formed XML at line 41: ");
    }

    private MetadataBatch read(String fixture) {
        return reader.read(Fixtures.bytes(Fixtures.dir().resolve("arxiv_oai").resolve(fixture)), fixture);
    }

    private static String oai(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
                <responseDate>2015-06-23T13:28:30Z</responseDate>
                <request verb="ListRecords" metadataPrefix="arXiv">http://export.arxiv.org/oai2</request>
                %s
                </OAI-PMH>
                """.formatted(body);
    }

    // on one line, so that each record's line is easy to tell
    private static String arxivRecord(String id) {
        return "<record><header><identifier>oai:arXiv.org:" + id + "</identifier></header><metadata>"
                + "<arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>" + id + "</id><created>2011-01-23</created>"
                + "<authors><author><keyname>Hickernell</keyname><forenames>Fred J.</forenames><suffix>Jr</suffix>"
                + "<affiliation>IIT</affiliation></author></authors><title>A title</title>"
                + "<categories>stat.ML cs.LG</categories></arXiv></metadata></record>";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
