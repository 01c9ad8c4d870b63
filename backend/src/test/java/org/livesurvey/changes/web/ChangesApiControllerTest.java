package org.livesurvey.changes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.changes.ChangeCursor;
import org.livesurvey.changes.ChangePage;
import org.livesurvey.changes.ChangeQuery;
import org.livesurvey.changes.PaperChangeLog;
import org.livesurvey.changes.TestChanges;
import org.livesurvey.taxonomy.CategoryNotFoundException;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChangesApiController.class)
class ChangesApiControllerTest {

    private static final String PROBLEMS = "https://livesurvey.org/problems/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperChangeLog changes;

    @Test
    void listsEachChangeWithWhatChangedInSnakeCase() throws Exception {
        ChangeCursor next = new ChangeCursor(TestChanges.MONDAY, 11);
        given(changes.changes(any())).willReturn(new ChangePage(TestChanges.all().subList(0, 3), 4,
                TestChanges.MONDAY, next));

        mvc.perform(get("/api/v1/changes").param("since", "2025-06-01").param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string(HttpHeaders.LAST_MODIFIED, "Mon, 02 Jun 2025 09:30:00 GMT"))
                .andExpect(jsonPath("$.meta.count").value(4))
                .andExpect(jsonPath("$.meta.limit").value(3))
                .andExpect(jsonPath("$.meta.since").value("2025-06-01T00:00:00Z"))
                .andExpect(jsonPath("$.meta.until").value(nullValue()))
                .andExpect(jsonPath("$.meta.next_cursor").value(next.encode()))
                .andExpect(jsonPath("$.results[0].paper_id").value("2504.17040"))
                .andExpect(jsonPath("$.results[0].title").value("DyMU: Dynamic Merging for <Efficient> VLMs"))
                .andExpect(jsonPath("$.results[0].url").value("http://localhost/papers/2504.17040"))
                .andExpect(jsonPath("$.results[0].kind").value("changed"))
                .andExpect(jsonPath("$.results[0].changed_at").value("2025-06-02T09:30:00Z"))
                .andExpect(jsonPath("$.results[0].version").value(2))
                .andExpect(jsonPath("$.results[0].changed_fields[2]").value("categories"))
                .andExpect(jsonPath("$.results[0].changes[0].field").value("title"))
                .andExpect(jsonPath("$.results[0].changes[0].old")
                        .value("DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs"))
                .andExpect(jsonPath("$.results[0].changes[0].new").value("DyMU: Dynamic Merging for <Efficient> VLMs"))
                .andExpect(jsonPath("$.results[0].changes[1].new[1]").value("integration/agents"))
                .andExpect(jsonPath("$.results[0].changes[0].old_text").doesNotExist())
                .andExpect(jsonPath("$.results[1].kind").value("removed"))
                .andExpect(jsonPath("$.results[1].url").value(nullValue()))
                .andExpect(jsonPath("$.results[2].kind").value("renamed"))
                .andExpect(jsonPath("$.results[2].former_id").value("escaping-in-titles"))
                .andExpect(jsonPath("$.latest").doesNotExist());
    }

    @Test
    void passesTheParametersOnAndListsTheLastWeekByDefault() throws Exception {
        given(changes.changes(any())).willReturn(new ChangePage(List.of(), 0, null, null));
        ChangeCursor cursor = new ChangeCursor(OffsetDateTime.parse("2025-06-02T09:30:00Z"), 12);

        mvc.perform(get("/api/v1/changes"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.LAST_MODIFIED))
                .andExpect(jsonPath("$.results").isEmpty())
                .andExpect(jsonPath("$.meta.next_cursor").value(nullValue()));
        mvc.perform(get("/api/v1/changes").param("since", "2025-06-01T00:00:00Z").param("until", "2025-06-08")
                        .param("category", "efficiency").param("cursor", cursor.encode()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meta.category").value("efficiency"));

        ArgumentCaptor<ChangeQuery> queries = ArgumentCaptor.forClass(ChangeQuery.class);
        verify(changes, times(2)).changes(queries.capture());
        ChangeQuery byDefault = queries.getAllValues().get(0);
        assertThat(byDefault.since()).isBetween(Instant.now().minus(Duration.ofDays(7)).minusSeconds(60),
                Instant.now().minus(Duration.ofDays(7)));
        assertThat(byDefault.limit()).isEqualTo(50);
        assertThat(queries.getAllValues().get(1)).isEqualTo(new ChangeQuery(Instant.parse("2025-06-01T00:00:00Z"),
                Instant.parse("2025-06-08T00:00:00Z"), "efficiency", 50, cursor));
    }

    @Test
    void aMalformedSinceIsAnInvalidParameterProblemThatSaysWhatItTakes() throws Exception {
        mvc.perform(get("/api/v1/changes").param("since", "last tuesday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
                .andExpect(jsonPath("$.title").value("Invalid parameter"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("since must be an ISO-8601 time with an offset, such as "
                        + "2025-06-01T08:00:00Z, or a date, such as 2025-06-01 (its start in UTC), not "
                        + "'last tuesday'."))
                .andExpect(jsonPath("$.parameter").value("since"));
    }

    @Test
    void aMalformedLimitUntilOrCursorIsAnInvalidParameterProblemNamingIt() throws Exception {
        mvc.perform(get("/api/v1/changes").param("limit", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-parameter"))
                .andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/api/v1/changes").param("since", "2025-06-08").param("until", "2025-06-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("until"));
        mvc.perform(get("/api/v1/changes").param("cursor", "bm90IGEgY3Vyc29y"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("cursor"));
    }

    @Test
    void anUnknownCategoryIsACategoryNotFoundProblem() throws Exception {
        given(changes.changes(any())).willThrow(CategoryNotFoundException.forPath("efficiency/nope"));

        mvc.perform(get("/api/v1/changes").param("category", "efficiency/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "category-not-found"))
                .andExpect(jsonPath("$.detail").value("No category has the path 'efficiency/nope'."));
    }
}
