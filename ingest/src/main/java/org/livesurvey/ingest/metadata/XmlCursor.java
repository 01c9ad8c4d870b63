package org.livesurvey.ingest.metadata;

import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX stream walked element by element, as {@link SafeXml#open} hands it out: positioned on a start tag, a reader
 * either reads the element's text, skips it, or walks its children with {@link #nextChild()}. Every element a
 * reader is given must be consumed one of these ways, so that the stream stays in step with the reader's loops.
 * Parse errors come out as {@link MetadataReadException} ({@code MALFORMED}) with their line.
 */
public final class XmlCursor {

    private static final Pattern EXTERNAL_ENTITY =
            Pattern.compile("<!ENTITY\\s+(?:%\\s+)?\\S+\\s+(?:SYSTEM|PUBLIC)\\b");

    private final XMLStreamReader reader;
    private final String name;
    private int startLine;

    XmlCursor(XMLStreamReader reader, String name) {
        this.reader = reader;
        this.name = name;
    }

    /** The local name of the current element. */
    public String localName() {
        return reader.getLocalName();
    }

    /** The namespace of the current element, {@code ""} when it has none. */
    public String namespace() {
        String namespace = reader.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    public boolean is(String namespace, String localName) {
        return localName().equals(localName) && namespace().equals(namespace);
    }

    /** An attribute of the current element that has no namespace, or {@code null}. */
    public String attribute(String localName) {
        return reader.getAttributeValue(null, localName);
    }

    /**
     * The line where the start tag of the element entered last (the latest {@link #nextChild()}) begins; read it
     * before walking that element's children. StAX reports where a tag ends; the end of the event before it is where
     * it begins, which differs for a start tag spread over several lines.
     */
    public int line() {
        return startLine;
    }

    /**
     * Moves to the next child of the current element and answers {@code true}, or to the element's end tag and
     * answers {@code false}. Text between child elements is passed over.
     */
    public boolean nextChild() {
        try {
            int line = currentLine();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    startLine = line;
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
                line = currentLine();
            }
            return false;
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(name, e);
        }
    }

    /** All text inside the current element (markup of child elements left out), consuming it; {@code ""} if none. */
    public String text() {
        try {
            StringBuilder text = new StringBuilder();
            for (int depth = 1; depth > 0;) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    default -> {
                        // comments and processing instructions are not text
                    }
                }
            }
            return text.toString();
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(name, e);
        }
    }

    /** Consumes the current element and everything in it. */
    public void skip() {
        try {
            for (int depth = 1; depth > 0;) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(name, e);
        }
    }

    /**
     * Moves to the root element; a DOCTYPE before it is refused before anything in it is used. White space before
     * the root is no event, so the root's line is where its start tag ends.
     */
    void enterRoot() throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                String doctype = reader.getText();
                throw doctypeRefused(currentLine() - (int) doctype.chars().filter(c -> c == '\n').count(), doctype);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                startLine = currentLine();
                return;
            }
        }
        throw MetadataReadException.malformed(name, "no root element", null);
    }

    private MetadataReadException doctypeRefused(int line, String doctype) {
        String why;
        if (EXTERNAL_ENTITY.matcher(doctype).find()) {
            why = "declares an external entity, which could read local files or URLs";
        } else if (doctype.contains("<!ENTITY")) {
            why = "declares entities, which can expand without bound (\"billion laughs\")";
        } else {
            why = "names a DTD";
        }
        return MetadataReadException.unsafe(name, "the DOCTYPE at line " + line + " " + why
                + "; XML with a DOCTYPE is never read");
    }

    private int currentLine() {
        return reader.getLocation().getLineNumber();
    }
}
