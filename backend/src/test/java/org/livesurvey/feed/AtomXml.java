package org.livesurvey.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads a feed back with the JDK's namespace-aware parser, which fails on anything that is not well-formed XML. */
public final class AtomXml {

    public static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomXml() {
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The Atom elements of that name anywhere below the element. */
    public static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The text of the element's first direct Atom child of that name. */
    public static String child(Element parent, String name) {
        return elements(parent, name).stream().filter(element -> element.getParentNode() == parent).findFirst()
                .map(Element::getTextContent).orElse(null);
    }
}
