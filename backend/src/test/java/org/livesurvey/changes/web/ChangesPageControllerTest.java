package org.livesurvey.changes.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.changes.ChangeCursor;
import org.livesurvey.changes.ChangePage;
import org.livesurvey.changes.PaperChangeLog;
import org.livesurvey.changes.TestChanges;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChangesPageController.class)
class ChangesPageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperChangeLog changes;

    @Test
    void listsTheChangesByDayWithOldAndNewValuesAsText() throws Exception {
        given(changes.changes(any())).willReturn(new ChangePage(TestChanges.all(), 4, TestChanges.MONDAY, null));

        mvc.perform(get("/changes"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>What’s new | LiveSurvey</title>"),
                        containsString("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"What’s new in "
                                + "LiveSurvey\" href=\"/changes/feed.atom\">"),
                        containsString("<strong id=\"change-count\">4</strong>"),
                        stringContainsInOrder("<h2 id=\"day-2025-06-02\"><time datetime=\"2025-06-02\">Monday 2 June "
                                + "2025</time></h2>", "id=\"change-12\"", "id=\"change-11\"", "id=\"change-10\"",
                                "<h2 id=\"day-2025-06-01\">", "id=\"change-3\""),
                        containsString("href=\"/papers/2504.17040\">DyMU: Dynamic Merging for &lt;Efficient&gt; VLMs"
                                + "</a>"),
                        containsString("<time datetime=\"2025-06-02T09:30:00Z\">09:30 UTC</time>"),
                        containsString("title, abstract, categories"),
                        containsString("<dt>Title</dt>"),
                        containsString("<del>DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs</del>"),
                        containsString("<ins>DyMU: Dynamic Merging for &lt;Efficient&gt; VLMs</ins>"),
                        containsString("<ins>efficiency/token-compression, integration/agents</ins>"),
                        // a removed paper has no page to link to
                        containsString("<span class=\"paper-list__title\">OTC: Optimal Tool Calls via Reinforcement "
                                + "Learning</span>"),
                        containsString("formerly <code>escaping-in-titles</code>"),
                        not(containsString("<script>")),
                        not(containsString("rel=\"next\"")))));
    }

    @Test
    void linksTheOlderChangesOfTheWeekWhenThereAreMore() throws Exception {
        ChangeCursor next = new ChangeCursor(TestChanges.MONDAY, 12);
        given(changes.changes(any())).willReturn(new ChangePage(TestChanges.all().subList(0, 1), 250,
                TestChanges.MONDAY, next));

        mvc.perform(get("/changes"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<strong id=\"change-count\">250</strong>"),
                        containsString("rel=\"next\" href=\"/changes?cursor=" + next.encode() + "\">Older changes"),
                        not(containsString("Newest changes")))));
        mvc.perform(get("/changes").param("cursor", next.encode()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"/changes\">Newest changes</a>")));
    }

    @Test
    void saysSoWhenTheWeekBroughtNothing() throws Exception {
        given(changes.changes(any())).willReturn(new ChangePage(List.of(), 0, null, null));

        mvc.perform(get("/changes"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Nothing was added or changed in the last seven days."),
                        containsString("<strong id=\"change-count\">0</strong>"))));
    }

    @Test
    void aMangledCursorIsABadRequest() throws Exception {
        mvc.perform(get("/changes").param("cursor", "mangled"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(changes);
    }
}
