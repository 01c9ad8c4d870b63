package org.livesurvey.ingest.source.ris;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.metadata.Fixtures;

class TaggedRecordParserTest {

    private static String fixture(String name) {
        return new String(Fixtures.bytes(Fixtures.dir().resolve("ris").resolve(name)), StandardCharsets.UTF_8);
    }

    @Test
    void keepsContinuationLinesAndAValueThatSaysErInsideTheirRecord() {
        TaggedRecordParser.Result result = new TaggedRecordParser(RisDialect.STANDARD)
                .parse(fixture("rispy_example_multiline.ris"));
        assertThat(result.unclosed()).isEmpty();
        assertThat(result.records()).extracting(TaggedRecord::line).containsExactly(1, 8, 17);
        assertThat(result.records()).extracting(r -> r.first("N2")).containsExactly(
                "first line, ER then second line and at the end the last line",
                "first line,\nER then second line and at the end\nthe last line",
                "first line,\nER then second line and at the end\nthe last line");
        assertThat(result.records()).extracting(r -> r.all("N1"))
                .containsOnly(List.of("first line\n* second line\n* last line"));
    }

    @Test
    void skipsLinesOutsideRecords() {
        TaggedRecordParser.Result result = new TaggedRecordParser(RisDialect.STANDARD)
                .parse(fixture("rispy_example_extraneous_data.ris"));
        assertThat(result.records()).hasSize(2);
        assertThat(result.records().get(1).all("A1")).containsExactly("Marxus, Karlus", "Lindgren, Astrid");
    }

    @Test
    void readsEachIndentedWebOfScienceLineAsAValueOfTheTagAbove() {
        TaggedRecordParser.Result result = new TaggedRecordParser(RisDialect.WEB_OF_SCIENCE)
                .parse(fixture("rispy_example_wos.ris"));
        assertThat(result.header()).containsEntry("FN", "Clarivate Analytics Web of Science").containsEntry("VR", "1.0");
        assertThat(result.records()).hasSize(2);
        TaggedRecord first = result.records().get(0);
        assertThat(first.all("AU")).containsExactly("Parkes-Loach, PS", "Majeed, AP", "Law, CJ", "Loach, PA");
        assertThat(first.all("TI")).containsExactly("Interactions stabilizing the structure of the core light-harvesting",
                "complex (LHl) of photosynthetic bacteria and its subunit (B820)");
        assertThat(first.all("CR")).hasSize(59);
    }
}
