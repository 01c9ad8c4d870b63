package org.livesurvey.ingest.source.arxiv;

import org.livesurvey.ingest.metadata.PersonNames;
import org.livesurvey.ingest.metadata.XmlCursor;

/**
 * The {@code <metadata>} of an arXiv OAI-PMH record in either of arXiv's own formats. They share most elements;
 * {@code arXiv} has structured authors and created/updated dates, {@code arXivRaw} the author line as typed and one
 * dated {@code <version>} per version.
 */
final class OaiArxivMetadata {

    private static final String ARXIV = "http://arxiv.org/OAI/arXiv/";
    private static final String ARXIV_RAW = "http://arxiv.org/OAI/arXivRaw/";

    private OaiArxivMetadata() {
    }

    /** Whether the cursor stands on an {@code <arXiv>} or {@code <arXivRaw>} element. */
    static boolean isArxivMetadata(XmlCursor xml) {
        return xml.is(ARXIV, "arXiv") || xml.is(ARXIV_RAW, "arXivRaw");
    }

    /** Reads the {@code <arXiv>} or {@code <arXivRaw>} element the cursor stands on. */
    static ArxivFields read(XmlCursor xml) {
        boolean raw = ARXIV_RAW.equals(xml.namespace());
        ArxivFields fields = new ArxivFields();
        while (xml.nextChild()) {
            switch (xml.localName()) {
                case "id" -> fields.id = xml.text();
                case "title" -> fields.title = xml.text();
                case "abstract" -> fields.abstractText = xml.text();
                case "categories" -> addCategories(fields, xml.text());
                case "comments" -> fields.comment = xml.text();
                case "journal-ref" -> fields.journalRef = xml.text();
                case "doi" -> fields.doi = xml.text();
                case "created" -> fields.published = xml.text();
                case "updated" -> fields.updated = xml.text();
                case "authors" -> {
                    if (raw) {
                        fields.authors.addAll(ArxivAuthorList.split(xml.text()));
                    } else {
                        readAuthors(xml, fields);
                    }
                }
                case "version" -> fields.versions.add(new ArxivFields.Version(xml.attribute("version"), dateOf(xml)));
                default -> xml.skip();
            }
        }
        return fields;
    }

    // "stat.ML cs.LG math.FA": the primary category comes first
    private static void addCategories(ArxivFields fields, String categories) {
        for (String category : categories.strip().split("\\s+")) {
            fields.categories.add(category);
        }
    }

    private static void readAuthors(XmlCursor xml, ArxivFields fields) {
        while (xml.nextChild()) {
            if (xml.localName().equals("author")) {
                fields.authors.add(author(xml));
            } else {
                xml.skip();
            }
        }
    }

    // <keyname>, <forenames>, <suffix> ("Jr", "III"), <affiliation>: the affiliation is not part of the name
    private static String author(XmlCursor xml) {
        String keyname = null;
        String forenames = null;
        String suffix = null;
        while (xml.nextChild()) {
            switch (xml.localName()) {
                case "keyname" -> keyname = xml.text();
                case "forenames" -> forenames = xml.text();
                case "suffix" -> suffix = xml.text();
                default -> xml.skip();
            }
        }
        String family = keyname == null || suffix == null || suffix.isBlank() ? keyname : keyname + " " + suffix;
        return PersonNames.fromParts(family, forenames);
    }

    private static String dateOf(XmlCursor xml) {
        String date = null;
        while (xml.nextChild()) {
            if (xml.localName().equals("date")) {
                date = xml.text();
            } else {
                xml.skip();
            }
        }
        return date;
    }
}
