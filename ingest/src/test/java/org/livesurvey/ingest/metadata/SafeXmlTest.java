package org.livesurvey.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SafeXmlTest {

    @Test
    void refusesAnExternalEntityBeforeItIsResolved() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <x>&e;</x>
                """;

        MetadataReadException e = refusal(xxe);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.UNSAFE);
        assertThat(e.getMessage()).isEqualTo("hostile.xml: refused: the DOCTYPE at line 2 declares an external entity,"
                + " which could read local files or URLs; XML with a DOCTYPE is never read");
    }

    @Test
    void refusesNestedEntitiesBeforeTheyAreExpanded() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
        laughs.append(" <!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "&lol" + (level - 1) + ";";
            laughs.append(" <!ENTITY lol").append(level).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<lolz>&lol9;</lolz>\n");

        MetadataReadException e = refusal(laughs.toString());

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.UNSAFE);
        assertThat(e.getMessage()).isEqualTo("hostile.xml: refused: the DOCTYPE at line 2 declares entities, which"
                + " can expand without bound (\"billion laughs\"); XML with a DOCTYPE is never read");
    }

    @Test
    void refusesAnyDoctypeEvenWithoutEntities() {
        MetadataReadException e = refusal("<!DOCTYPE feed SYSTEM \"feed.dtd\">\n<feed/>");

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.UNSAFE);
        assertThat(e.getMessage()).contains("the DOCTYPE at line 1 names a DTD");
    }

    @Test
    void truncatedXmlIsMalformedAtTheLineWhereItStops() {
        XmlCursor xml = SafeXml.open(utf8("<feed>\n  <entry>\n    <id>x</id>\n"), "cut.xml");

        MetadataReadException e = catchThrowableOfType(xml::skip, MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("cut.xml: not well-formed XML at line 4: XML document structures must start and end"
                + " within the same entity.");
    }

    @Test
    void bytesThatAreNotUtf8AreMalformedAtTheirLine() {
        byte[] soup = {'<', 'a', '>', '\n', 'o', 'k', '\n', 'x', (byte) 0xC3, '(', (byte) 0xFF, 0x01, '<', '/', 'a', '>'};

        MetadataReadException e = catchThrowableOfType(() -> SafeXml.open(soup, "soup.xml"),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("soup.xml: not UTF-8 text at line 3 (byte 9)");
    }

    @Test
    void bytesThatAreNotInTheDeclaredEncodingAreMalformedAtTheirLine() {
        byte[] notAscii = "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<a>\nWübben</a>"
                .getBytes(StandardCharsets.ISO_8859_1);

        MetadataReadException e = catchThrowableOfType(() -> SafeXml.open(notAscii, "ascii.xml"),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("ascii.xml: not US-ASCII text at line 3 (byte 48)");
    }

    @Test
    void aByteOrderMarkOfUtf16BeforeBytesThatAreNotIsMalformed() {
        byte[] soup = {(byte) 0xFF, (byte) 0xFE, 1, 2, 3};

        MetadataReadException e = catchThrowableOfType(() -> SafeXml.open(soup, "soup.xml"),
                MetadataReadException.class);

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("soup.xml: not UTF-16 text at line 1 (byte 5)");
    }

    @Test
    void readsUtf16AfterItsByteOrderMark() {
        byte[] utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><name>Wübben</name>"
                .getBytes(StandardCharsets.UTF_16LE);

        assertThat(SafeXml.open(utf16, "utf16.xml").text()).isEqualTo("Wübben");
    }

    @Test
    void aParserMessageThatQuotesTheInputStaysOnOneLine() {
        MetadataReadException e = refusal("<?xml version=\"1.0\" encoding=\"UTF-\n8\"?><a/>");

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(e.getMessage()).doesNotContain("\n").contains("Invalid encoding name \"UTF- 8\"");
    }

    @Test
    void anEmptyInputIsMalformed() {
        MetadataReadException e = refusal("");

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("hostile.xml: not well-formed XML at line 1: Premature end of file.");
    }

    @Test
    void textThatIsNotXmlIsMalformed() {
        MetadataReadException e = refusal("{\"title\": \"not XML\"}");

        assertThat(e.kind()).isEqualTo(MetadataReadException.Kind.MALFORMED);
        assertThat(e.getMessage()).startsWith("hostile.xml: not well-formed XML at line 1: ");
    }

    @Test
    void readsAnotherDeclaredEncoding() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><name>Wübben</name>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(SafeXml.open(latin1, "latin1.xml").text()).isEqualTo("Wübben");
    }

    @Test
    void givesTheLineWhereAStartTagBegins() {
        XmlCursor xml = SafeXml.open(utf8("<?xml version=\"1.0\"?>\n<root\n  a=\"1\">\n<one/><two\n  b=\"2\"\n/>\n</root>"),
                "lines.xml");

        assertThat(xml.line()).as("the root's start tag ends there").isEqualTo(3);
        assertThat(xml.nextChild()).isTrue();
        assertThat(xml.line()).isEqualTo(4);
        xml.skip();
        assertThat(xml.nextChild()).isTrue();
        assertThat(xml.localName()).isEqualTo("two");
        assertThat(xml.line()).isEqualTo(4);
        assertThat(xml.attribute("b")).isEqualTo("2");
        xml.skip();
        assertThat(xml.nextChild()).isFalse();
    }

    @Test
    void textJoinsCharactersEntitiesAndCdataAndLeavesOutChildMarkup() {
        XmlCursor xml = SafeXml.open(utf8("<t>Gould &amp; Morgan <i>(2003)</i><![CDATA[ <raw> ]]>&#xf6;</t>"), "t.xml");

        assertThat(xml.text()).isEqualTo("Gould & Morgan (2003) <raw> ö");
    }

    @Test
    void theHeadOfAnXmlFileIsTextAndAnythingElseIsNull() {
        assertThat(SafeXml.xmlHead(utf8("\uFEFF  \n<?xml version='1.0'?><feed/>"))).startsWith("<?xml");
        assertThat(SafeXml.xmlHead(utf8("{\"a\": \"<feed>\"}"))).isNull();
        assertThat(SafeXml.xmlHead(new byte[0])).isNull();
        assertThat(SafeXml.xmlHead(null)).isNull();
    }

    private static MetadataReadException refusal(String xml) {
        return catchThrowableOfType(() -> SafeXml.open(utf8(xml), "hostile.xml"), MetadataReadException.class);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
