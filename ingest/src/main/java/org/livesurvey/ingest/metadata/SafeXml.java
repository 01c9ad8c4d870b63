package org.livesurvey.ingest.metadata;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
     *                               DOCTYPE, {@code MALFORMED} for text that is not UTF-8 or not well-formed XML
     */
    public static XmlCursor open(byte[] content, String name) {
        ReadLimits.checkInputSize(name, content.length);
        if (declaresUtf8(content)) {
            // the parser reports a bad byte at line 1 and prints it to stderr: find its real line ourselves
            checkUtf8(content, name);
        }
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

    private static boolean declaresUtf8(byte[] content) {
        if (content.length >= 2 && (content[0] == (byte) 0xFE || content[0] == (byte) 0xFF || content[0] == 0)) {
            return false; // UTF-16 or UTF-32: the parser detects those from the first bytes
        }
        String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        }
        Matcher m = DECLARED_ENCODING.matcher(head);
        return !m.find() || m.group(1).toUpperCase(Locale.ROOT).replace("_", "-").equals("UTF-8");
    }

    private static void checkUtf8(byte[] content, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                throw MetadataReadException.malformed(name, "not UTF-8 text at line " + lineAt(content, offset)
                        + " (byte " + (offset + 1) + ")", null);
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    // the JDK's messages read "ParseError at [row,col]:[3,7]\nMessage: ..."; the line is given separately
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return (start < 0 ? message : message.substring(start + "Message: ".length())).strip();
    }
}
