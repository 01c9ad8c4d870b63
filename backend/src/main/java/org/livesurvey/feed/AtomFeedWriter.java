package org.livesurvey.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.livesurvey.feed.AtomFeed.Category;
import org.livesurvey.feed.AtomFeed.Entry;

/**
 * Writes Atom 1.0 with the JDK's own XML stream writer, which escapes markup in text and attributes. Characters that
 * XML 1.0 cannot carry at all (most control characters, unpaired surrogates) are dropped first: escaping cannot help
 * them, and one of them would make the whole feed unreadable.
 */
public final class AtomFeedWriter {

    public static final String MEDIA_TYPE = "application/atom+xml";

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The JDK's implementation, whatever other StAX library the class path brings. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private AtomFeedWriter() {
    }

    public static String write(AtomFeed feed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", feed.id());
            textElement(xml, "title", feed.title());
            if (feed.subtitle() != null) {
                textElement(xml, "subtitle", feed.subtitle());
            }
            link(xml, "self", MEDIA_TYPE, feed.selfUrl());
            link(xml, "alternate", "text/html", feed.pageUrl());
            element(xml, "updated", timestamp(feed.updated()));
            xml.writeStartElement("author");
            element(xml, "name", "LiveSurvey");
            element(xml, "uri", feed.siteUrl());
            xml.writeEndElement();
            xml.writeStartElement("generator");
            xml.writeAttribute("uri", xmlSafe(feed.siteUrl()));
            xml.writeCharacters("LiveSurvey");
            xml.writeEndElement();
            for (Entry entry : feed.entries()) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // only a bug can get here: the writer goes to memory and every text is made XML-safe
            throw new IllegalStateException("could not write the Atom feed " + feed.id(), e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", entry.id());
        textElement(xml, "title", entry.title());
        link(xml, "alternate", "text/html", entry.pageUrl());
        if (entry.relatedUrl() != null) {
            link(xml, "related", null, entry.relatedUrl());
        }
        if (entry.published() != null) {
            element(xml, "published", timestamp(entry.published()));
        }
        element(xml, "updated", timestamp(entry.updated()));
        for (String author : entry.authors()) {
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
        }
        for (Category category : entry.categories()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", xmlSafe(category.term()));
            xml.writeAttribute("scheme", xmlSafe(category.scheme()));
            xml.writeAttribute("label", xmlSafe(category.label()));
        }
        if (entry.summary() != null) {
            textElement(xml, "summary", entry.summary());
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    /** Plain text, so that readers show {@code <} in a title as a character, never as markup. */
    private static void textElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("href", xmlSafe(href));
    }

    /** RFC 3339 in UTC, to the second. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Keeps what XML 1.0 allows: tab, line feed, carriage return, and the rest from U+0020 but U+FFFE and U+FFFF. */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c))) {
                safe.append(c);
            }
        }
        return safe.toString();
    }
}
