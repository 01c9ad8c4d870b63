package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.feed.AtomFeed;
import org.livesurvey.feed.PaperFeedService;
import org.livesurvey.search.InvalidSearchRequestException;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchSort;
import org.livesurvey.search.SearchUnavailableException;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** What the search feed answers besides a feed; the feeds themselves are read back in FeedIntegrationTest. */
@WebMvcTest(SearchFeedController.class)
class SearchFeedControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperSearchService search;

    @MockitoBean
    PaperFeedService feeds;

    @Test
    void asksForTheNewestPapersWhateverOrderOrSizeTheUrlSays() throws Exception {
        given(search.search(any())).willReturn(SearchTestResults.twoOf(2, 1, null));
        given(feeds.listFeed(anyString(), anyString(), anyString(), anyString(), anyList())).willReturn(new AtomFeed(
                "http://localhost/search/feed.atom?q=merging", "LiveSurvey search: merging", null,
                "http://localhost/search/feed.atom?q=merging", "http://localhost/search?q=merging&sort=newest",
                "http://localhost", Instant.EPOCH, List.of()));

        mvc.perform(get("/search/feed.atom").param("q", "merging").param("sort", "oldest").param("per_page", "3"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/atom+xml;charset=UTF-8"));
        verify(feeds).listFeed("LiveSurvey search: merging", "http://localhost/search/feed.atom?q=merging",
                "http://localhost/search?q=merging&sort=newest", "http://localhost",
                List.of("2504.17040", "escaping-in-titles"));

        ArgumentCaptor<PaperSearchRequest> request = ArgumentCaptor.forClass(PaperSearchRequest.class);
        verify(search).search(request.capture());
        assertThat(request.getValue()).extracting(PaperSearchRequest::text,
                PaperSearchRequest::sort, PaperSearchRequest::perPage, PaperSearchRequest::facets)
                .containsExactly("merging", SearchSort.NEWEST, PaperFeedService.ENTRIES, List.of());
    }

    @Test
    void aSearchEngineThatIsDownIsA503WithRetryAfter() throws Exception {
        given(search.search(any())).willThrow(SearchUnavailableException.because(new ConnectException("refused")));

        mvc.perform(get("/search/feed.atom").param("q", "merging"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().contentType("text/plain;charset=UTF-8"))
                .andExpect(content().string(containsString("Search is not available at the moment")));
    }

    @Test
    void aSearchTheEngineRejectsIsA400() throws Exception {
        given(search.search(any())).willThrow(InvalidSearchRequestException.of("the search text is too odd"));

        mvc.perform(get("/search/feed.atom").param("q", "odd"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("the search text is too odd\n"));
    }

    @Test
    void aTextTooLongIsA400BeforeAnySearch() throws Exception {
        mvc.perform(get("/search/feed.atom").param("q", "x".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("The parameter 'q' is longer than 500 characters.\n"));
        verifyNoInteractions(search, feeds);
    }
}
