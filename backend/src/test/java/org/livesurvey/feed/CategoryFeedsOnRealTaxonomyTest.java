package org.livesurvey.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livesurvey.browser.RealTaxonomyApplicationTest;
import org.w3c.dom.Element;

/** The feeds of real taxonomy nodes: titles with LaTeX, Unicode and markup, and as many papers as a feed holds. */
class CategoryFeedsOnRealTaxonomyTest extends RealTaxonomyApplicationTest {

    @ParameterizedTest
    @ValueSource(strings = {"fine-tuning", "alignment", "reasoning", "efficiency", "integration",
            "efficiency/reasoning-economy/post-training/cot-compression/explicit"})
    void isWellFormedAtomWithTheNewestPapersFirst(String path) {
        HttpResponse<String> response = get("/categories/" + path + "/feed.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        Element feed = AtomXml.parse(response.body()).getDocumentElement();
        List<Element> entries = AtomXml.elements(feed, "entry");
        assertThat(entries).isNotEmpty().hasSizeLessThanOrEqualTo(PaperFeedService.ENTRIES);
        assertThat(entries).extracting(entry -> AtomXml.child(entry, "id")).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith(url("/papers/")));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(AtomXml.child(entry, "title")).isNotBlank();
            assertThat(Instant.parse(AtomXml.child(entry, "updated"))).isNotNull();
            assertThat(AtomXml.elements(entry, "category")).extracting(category -> category.getAttribute("term"))
                    .anyMatch(term -> term.equals(path) || term.startsWith(path + "/"));
        });
        List<Instant> published = entries.stream().map(entry -> AtomXml.child(entry, "published"))
                .filter(Objects::nonNull).map(Instant::parse).toList();
        assertThat(published).isSortedAccordingTo(Comparator.reverseOrder());
    }
}
