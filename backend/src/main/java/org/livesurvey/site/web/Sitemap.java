package org.livesurvey.site.web;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.livesurvey.taxonomy.CategoryNode;
import org.livesurvey.taxonomy.CategoryTree;
import org.livesurvey.web.PublicUrls;

/**
 * The sitemap (sitemaps.org protocol 0.9): the home page, every category page, every paper page and the static pages.
 * A page's {@code lastmod} is the last change of a paper it shows: for a category, of a paper filed under it or below
 * it; for the home page, of any paper. Static pages have none.
 */
record Sitemap(List<Entry> entries) {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final List<String> STATIC_PAGES = List.of("/search", "/changes", "/reproductions", "/contribute", "/api",
            "/problems");

    /**
     * @param categoryChanges latest paper change per category path, of papers filed directly under it
     * @param paperChanges    latest change per paper id
     */
    static Sitemap of(CategoryTree tree, Map<String, OffsetDateTime> categoryChanges,
                      Map<String, OffsetDateTime> paperChanges) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("/", paperChanges.values().stream().max(Comparator.naturalOrder())));
        tree.branches().forEach(branch -> addCategory(branch, categoryChanges, entries));
        STATIC_PAGES.forEach(path -> entries.add(new Entry(path, Optional.empty())));
        paperChanges.forEach((id, changed) -> entries.add(new Entry("/papers/" + id, Optional.of(changed))));
        return new Sitemap(List.copyOf(entries));
    }

    /** Adds the node and its descendants; returns the latest change in its subtree. */
    private static Optional<OffsetDateTime> addCategory(CategoryNode node, Map<String, OffsetDateTime> changes,
                                                        List<Entry> entries) {
        int position = entries.size();
        Optional<OffsetDateTime> latest = Optional.ofNullable(changes.get(node.path()));
        for (CategoryNode child : node.children()) {
            latest = later(latest, addCategory(child, changes, entries));
        }
        entries.add(position, new Entry("/categories/" + node.path(), latest));
        return latest;
    }

    private static Optional<OffsetDateTime> later(Optional<OffsetDateTime> a, Optional<OffsetDateTime> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
    }

    String toXml(PublicUrls urls) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (Entry entry : entries) {
                xml.writeCharacters("\n");
                xml.writeStartElement("url");
                element(xml, "loc", urls.of(entry.path()));
                if (entry.lastModified().isPresent()) {
                    element(xml, "lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            entry.lastModified().get().truncatedTo(ChronoUnit.SECONDS)));
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the sitemap to a string", e);
        }
        return out.append('\n').toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** One page: its path on the site and, when known, when its content last changed. */
    record Entry(String path, Optional<OffsetDateTime> lastModified) {
    }
}
