package org.livesurvey.changes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.changes.ChangePage;
import org.livesurvey.changes.ChangeQuery;
import org.livesurvey.changes.PaperChangeLog;
import org.livesurvey.changes.TestChanges;
import org.livesurvey.feed.AtomXml;
import org.livesurvey.taxonomy.CategoryNotFoundException;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChangesFeedController.class)
class ChangesFeedControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperChangeLog changes;

    @MockitoBean
    CategoryTreeService categories;

    @BeforeEach
    void categoryNames() {
        given(categories.namesByPath()).willReturn(Map.of("efficiency/token-compression", "Token compression",
                "integration", "Integration & Adaptation"));
    }

    @Test
    void hasAnEntryPerChangeThatSaysWhatChanged() throws Exception {
        given(changes.changes(any())).willReturn(new ChangePage(TestChanges.all(), 4, TestChanges.MONDAY, null));

        String xml = mvc.perform(get("/changes/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=600, public"))
                .andExpect(header().string(HttpHeaders.LAST_MODIFIED, "Mon, 02 Jun 2025 09:30:00 GMT"))
                .andExpect(header().string(HttpHeaders.ETAG, startsWith("W/\"")))
                .andReturn().getResponse().getContentAsString();

        Element feed = AtomXml.parse(xml).getDocumentElement();
        assertThat(AtomXml.child(feed, "id")).isEqualTo("http://localhost/changes/feed.atom");
        assertThat(AtomXml.child(feed, "title")).isEqualTo("LiveSurvey: what's new");
        assertThat(AtomXml.child(feed, "updated")).isEqualTo("2025-06-02T09:30:00Z");
        List<Element> entries = AtomXml.elements(feed, "entry");
        assertThat(entries).extracting(entry -> AtomXml.child(entry, "title")).containsExactly(
                "Changed: DyMU: Dynamic Merging for <Efficient> VLMs",
                "Removed: OTC: Optimal Tool Calls via Reinforcement Learning", "Renamed: Escaping, renamed",
                "Added: DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs");
        // each change is news once: the same paper changed twice is two entries
        assertThat(entries).extracting(entry -> AtomXml.child(entry, "id")).containsExactly(
                "http://localhost/changes#change-12", "http://localhost/changes#change-11",
                "http://localhost/changes#change-10", "http://localhost/changes#change-3");
        Element changed = entries.get(0);
        assertThat(AtomXml.child(changed, "updated")).isEqualTo("2025-06-02T09:30:00Z");
        assertThat(AtomXml.child(changed, "summary")).isEqualTo("""
                Changed: title, abstract, categories.
                title: DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs → DyMU: Dynamic Merging for \
                <Efficient> VLMs
                categories: efficiency/token-compression → efficiency/token-compression, integration/agents""");
        assertThat(AtomXml.elements(changed, "link").get(0).getAttribute("href"))
                .isEqualTo("http://localhost/papers/2504.17040");
        assertThat(AtomXml.elements(changed, "category")).extracting(category -> category.getAttribute("label"))
                .containsExactly("Token compression", "integration/agents");
        // a removed paper has no page: its entry links to the change on the What's new page
        assertThat(AtomXml.elements(entries.get(1), "link").get(0).getAttribute("href"))
                .isEqualTo("http://localhost/changes#change-11");
        assertThat(AtomXml.child(entries.get(2), "summary"))
                .isEqualTo("Renamed from escaping-in-titles.\nid: escaping-in-titles → 2506.01234");
    }

    @Test
    void aReaderThatHasTheFeedGetsA304() throws Exception {
        given(changes.changes(any())).willReturn(new ChangePage(TestChanges.all(), 4, TestChanges.MONDAY, null));
        String etag = mvc.perform(get("/changes/feed.atom")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(get("/changes/feed.atom").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
        mvc.perform(get("/changes/feed.atom").header(HttpHeaders.IF_MODIFIED_SINCE, "Mon, 02 Jun 2025 09:30:00 GMT"))
                .andExpect(status().isNotModified());
    }

    @Test
    void takesSinceAndACategory() throws Exception {
        given(changes.changes(any())).willReturn(new ChangePage(List.of(), 0, null, null));

        String xml = mvc.perform(get("/changes/feed.atom").param("since", "2025-06-01").param("category",
                        "integration"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        verify(changes).changes(new ChangeQuery(Instant.parse("2025-06-01T00:00:00Z"), null, "integration", 50, null));
        Element feed = AtomXml.parse(xml).getDocumentElement();
        assertThat(AtomXml.child(feed, "title")).isEqualTo("LiveSurvey: what's new in Integration & Adaptation");
        assertThat(AtomXml.child(feed, "id")).isEqualTo("http://localhost/changes/feed.atom?category=integration");
        assertThat(AtomXml.elements(feed, "entry")).isEmpty();
    }

    @Test
    void aMalformedSinceIsA400WithALineOfText() throws Exception {
        mvc.perform(get("/changes/feed.atom").param("since", "<b>soon</b>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("text/plain;charset=UTF-8"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().string("since must be an ISO-8601 time with an offset, such as "
                        + "2025-06-01T08:00:00Z, or a date, such as 2025-06-01 (its start in UTC), not "
                        + "'<b>soon</b>'.\n"));
    }

    @Test
    void anUnknownCategoryIsA404WithALineOfText() throws Exception {
        given(changes.changes(any())).willThrow(CategoryNotFoundException.forPath("nope"));

        mvc.perform(get("/changes/feed.atom").param("category", "nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("text/plain;charset=UTF-8"))
                .andExpect(content().string("No category has the path 'nope'.\n"));
    }
}
