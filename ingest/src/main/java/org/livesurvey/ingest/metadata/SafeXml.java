package org.livesurvey.ingest.metadata;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way XML readers open their input: a streaming (StAX) parser of the JDK that never reads a DTD. A document
 * with a {@code <!DOCTYPE} is refused as a whole, because its entities could read local files or URLs (XXE) or
 * expand to gigabytes (billion laughs); no metadata service sends one.
 */
public final class SafeXml {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private SafeXml() {
    }

    /**
     * The document positioned at its root element.
     *
     * @throws MetadataReadException {@code TOO_LARGE} over {@link ReadLimits#MAX_INPUT_BYTES}, {@code UNSAFE} for a
     *                               DOCTYPE, {@code MALFORMED} for bytes that are not text in the document's encoding
     *                               (UTF-8 unless it declares another) or text that is not well-formed XML
     */
    public static XmlCursor open(byte[] content, String name) {
        ReadLimits.checkInputSize(name, content.length);
        checkEncoding(content, name);
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(content));
            XmlCursor cursor = new XmlCursor(reader, name);
            cursor.enterRoot();
            return cursor;
        } catch (XMLStreamException e) {
            throw malformed(name, e);
        }
    }

    /**
     * The first bytes of an input as text when they look like XML (a {@code <} after an optional byte order mark
     * and white space), otherwise {@code null}; for {@link MetadataReader#recognises}, never throws.
     */
    public static String xmlHead(byte[] head) {
        if (head == null) {
            return null;
        }
        // Latin-1 maps every byte to one char: markup and namespace names are ASCII, a cut-off character is harmless
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int start = text.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start < text.length() && text.charAt(start) == '<' ? text.substring(start) : null;
    }

    static MetadataReadException malformed(String name, XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String where = line > 0 ? " at line " + line : "";
        return MetadataReadException.malformed(name, "not well-formed XML" + where + ": " + parserMessage(e), e);
    }

    private static XMLInputFactory factory() {
        // a new factory per document: cheap with newDefaultFactory, and StAX does not promise thread safety
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * The charset the text must be in: UTF-16 after its byte order mark, else the one the XML declaration names,
     * else UTF-8. An unknown name counts as UTF-8: the parser reports the name, or reads UTF-8 where the declaration
     * is too broken to name anything.
     */
    private static Charset charsetOf(byte[] content) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head);
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.group(1));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Decodes the whole text once, so that a bad byte is reported at its line (the parser says line 1). */
    private static void checkEncoding(byte[] content, String name) {
        Charset charset = charsetOf(content);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            line += newlines(out);
            out.clear();
            if (result.isError()) {
                throw MetadataReadException.malformed(name, "not " + charset.name() + " text at line " + line
                        + " (byte " + (in.position() + 1) + ")", null);
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    private static int newlines(CharBuffer chars) {
        int count = 0;
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    // the JDK's messages read "ParseError at [row,col]:[3,7]\nMessage: ..."; the line is given separately
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        String text = Texts.orNull(start < 0 ? message : message.substring(start + "Message: ".length()));
        // some quote the input, line breaks included
        return text == null || text.length() <= 200 ? String.valueOf(text) : text.substring(0, 200) + "…";
    }
}
