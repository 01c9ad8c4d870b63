package org.livesurvey.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.feed.AtomFeed.Category;
import org.livesurvey.feed.AtomFeed.Entry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedWriterTest {

    private static final String SITE = "https://livesurvey.example";
    private static final Instant PUBLISHED = Instant.parse("2025-04-23T00:00:00Z");
    private static final Instant CHANGED = Instant.parse("2025-05-01T12:30:45.123456Z");

    @Test
    void writesAValidAtomDocumentWithEveryRequiredElement() {
        Document feed = AtomXml.parse(AtomFeedWriter.write(feed(entry("DyMU: Dynamic Merging", "We present DyMU."))));
        Element root = feed.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(AtomXml.ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(AtomXml.child(root, "id")).isEqualTo(SITE + "/categories/efficiency/feed.atom");
        assertThat(AtomXml.child(root, "title")).isEqualTo("LiveSurvey: Efficiency");
        assertThat(AtomXml.child(root, "updated")).isEqualTo("2025-05-01T12:30:45Z");
        assertThat(AtomXml.elements(root, "link")).filteredOn(link -> link.getParentNode() == root)
                .extracting(link -> link.getAttribute("rel") + " " + link.getAttribute("href"))
                .containsExactly("self " + SITE + "/categories/efficiency/feed.atom",
                        "alternate " + SITE + "/categories/efficiency");

        Element entry = AtomXml.elements(root, "entry").get(0);
        assertThat(AtomXml.child(entry, "id")).isEqualTo(SITE + "/papers/2504.17040");
        assertThat(AtomXml.child(entry, "published")).isEqualTo("2025-04-23T00:00:00Z");
        assertThat(AtomXml.child(entry, "updated")).isEqualTo("2025-05-01T12:30:45Z");
        assertThat(AtomXml.elements(entry, "name")).extracting(Element::getTextContent)
                .containsExactly("Zhenhailong Wang", "Heng Ji");
        assertThat(AtomXml.elements(entry, "category")).singleElement()
                .satisfies(category -> {
                    assertThat(category.getAttribute("term")).isEqualTo("efficiency/token-compression");
                    assertThat(category.getAttribute("label")).isEqualTo("Token compression");
                });
        assertThat(AtomXml.child(entry, "summary")).isEqualTo("We present DyMU.");
    }

    @Test
    void markupInTitlesAndAbstractsStaysText() {
        String title = "Escaping <script>alert('x')</script> & \"friends\" ]]> é 漢字 𝔼";
        String xml = AtomFeedWriter.write(feed(entry(title, "An abstract with <b>tags</b> & $\\alpha < \\beta$")));
        Element entry = AtomXml.elements(AtomXml.parse(xml).getDocumentElement(), "entry").get(0);

        assertThat(xml).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(AtomXml.child(entry, "title")).isEqualTo(title);
        assertThat(AtomXml.child(entry, "summary")).isEqualTo("An abstract with <b>tags</b> & $\\alpha < \\beta$");
        assertThat(AtomXml.elements(entry, "title").get(0).getAttribute("type")).isEqualTo("text");
    }

    @Test
    void dropsCharactersThatXmlCannotCarry() {
        String xml = AtomFeedWriter.write(feed(entry("Bell\u0007 null\u0000 lone\uD800 pair\uD83D\uDE00 tab\tend",
                "form\u000Cfeed")));
        Element entry = AtomXml.elements(AtomXml.parse(xml).getDocumentElement(), "entry").get(0);

        assertThat(AtomXml.child(entry, "title")).isEqualTo("Bell null lone pair\uD83D\uDE00 tab\tend");
        assertThat(AtomXml.child(entry, "summary")).isEqualTo("formfeed");
    }

    @Test
    void anEntryWithoutDateOrAbstractHasOnlyWhatAtomRequires() {
        Entry undated = new Entry(SITE + "/papers/notes", "Notes", SITE + "/papers/notes", null, List.of(), null,
                CHANGED, null, List.of());
        Element entry = AtomXml.elements(AtomXml.parse(AtomFeedWriter.write(feed(undated))).getDocumentElement(),
                "entry").get(0);

        assertThat(AtomXml.child(entry, "published")).isNull();
        assertThat(AtomXml.child(entry, "summary")).isNull();
        assertThat(AtomXml.elements(entry, "author")).isEmpty();
        assertThat(AtomXml.child(entry, "updated")).isEqualTo("2025-05-01T12:30:45Z");
    }

    private static AtomFeed feed(Entry... entries) {
        return new AtomFeed(SITE + "/categories/efficiency/feed.atom", "LiveSurvey: Efficiency", "Making it cheaper",
                SITE + "/categories/efficiency/feed.atom", SITE + "/categories/efficiency", SITE, CHANGED,
                List.of(entries));
    }

    private static Entry entry(String title, String summary) {
        return new Entry(SITE + "/papers/2504.17040", title, SITE + "/papers/2504.17040",
                "https://arxiv.org/abs/2504.17040", List.of("Zhenhailong Wang", "Heng Ji"), PUBLISHED, CHANGED, summary,
                List.of(new Category("efficiency/token-compression", "Token compression", SITE + "/categories/")));
    }
}
