package org.livesurvey.web;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.paper.TestPapers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ETag, Last-Modified and CORS as every {@code GET /api/v1/**} answer has them, shown on a stand-in controller so
 * that the conventions are tested apart from any feature.
 */
@WebMvcTest(controllers = PublicApiConventionsTest.StandInController.class,
        properties = "livesurvey.rate-limit.enabled=false")
@Import(PublicApiConventionsTest.StandInController.class)
class PublicApiConventionsTest {

    private static final String LAST_CHANGE = "Thu, 01 May 2025 10:15:30 GMT";

    @Autowired
    MockMvc mvc;

    @Test
    void everyApiAnswerHasAWeakEtagThatARepeatedRequestCanMatch() throws Exception {
        String etag = mvc.perform(get("/api/v1/stand-in/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, startsWith("W/\"")))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(get("/api/v1/stand-in/papers/2504.17040").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(emptyString()));
        mvc.perform(get("/api/v1/stand-in/papers/2504.17040")
                        .header(HttpHeaders.IF_NONE_MATCH, etag.substring(2)))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/stand-in/papers/2504.17040").header(HttpHeaders.IF_NONE_MATCH, "W/\"other\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("2504.17040"));
    }

    @Test
    void problemsHaveNoEtag() throws Exception {
        mvc.perform(get("/api/v1/stand-in/papers/2101.00000"))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist(HttpHeaders.ETAG));
    }

    @Test
    void aPaperIsLastModifiedWhenItLastChanged() throws Exception {
        mvc.perform(get("/api/v1/stand-in/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.LAST_MODIFIED, LAST_CHANGE));
    }

    @Test
    void ifModifiedSinceTheLastChangeIsNotModified() throws Exception {
        mvc.perform(get("/api/v1/stand-in/papers/2504.17040").header(HttpHeaders.IF_MODIFIED_SINCE, LAST_CHANGE))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.LAST_MODIFIED, LAST_CHANGE))
                .andExpect(content().string(emptyString()));
        mvc.perform(get("/api/v1/stand-in/papers/2504.17040")
                        .header(HttpHeaders.IF_MODIFIED_SINCE, "Thu, 01 May 2025 10:15:29 GMT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("2504.17040"));
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() throws Exception {
        mvc.perform(get("/api/v1/stand-in/papers/2504.17040").header(HttpHeaders.IF_MODIFIED_SINCE, LAST_CHANGE)
                        .header(HttpHeaders.IF_NONE_MATCH, "W/\"an-older-version\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.LAST_MODIFIED, LAST_CHANGE));
    }

    @Test
    void aPaperWithoutATimeOfChangeHasNoLastModified() throws Exception {
        mvc.perform(get("/api/v1/stand-in/papers/undated"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.LAST_MODIFIED));
    }

    @Test
    void anyOriginMayReadWithoutCredentials() throws Exception {
        mvc.perform(get("/api/v1/stand-in/papers/2504.17040").header(HttpHeaders.ORIGIN, "https://other.example"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
    }

    @Test
    void aPreflightForReadingIsAllowed() throws Exception {
        mvc.perform(options("/api/v1/stand-in/papers/2504.17040")
                        .header(HttpHeaders.ORIGIN, "https://other.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "If-None-Match"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD,OPTIONS"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600"))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
    }

    @Test
    void aPreflightForChangingAnythingIsRefused() throws Exception {
        mvc.perform(options("/api/v1/stand-in/papers/2504.17040")
                        .header(HttpHeaders.ORIGIN, "https://other.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    /** Tomcat reads parameters lazily and throws when they are not percent-encoded UTF-8 (MockMvc never does). */
    @Test
    void anUnreadableQueryStringIsAnInvalidRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/stand-in/unreadable"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://livesurvey.org/problems/invalid-request"))
                .andExpect(jsonPath("$.detail").value("The query string cannot be read: parameters must be UTF-8, "
                        + "percent-encoded, and at most 1000 in number."));
    }

    /** An answer that knows when it last changed, as the real paper answer does. */
    record DatedPaper(@JsonUnwrapped PaperDetails paper) implements LastChanged {

        @Override
        @JsonIgnore
        public OffsetDateTime lastChanged() {
            return paper.changedAt();
        }
    }

    @RestController
    static class StandInController {

        @GetMapping("/api/v1/stand-in/unreadable")
        void unreadable() {
            throw new InvalidParameterException("Character decoding failed. Parameter [q] has been ignored.");
        }

        @GetMapping("/api/v1/stand-in/papers/{id}")
        DatedPaper paper(@PathVariable String id) {
            PaperDetails dymu = TestPapers.dymu();
            return new DatedPaper(switch (id) {
                case "2504.17040" -> dymu;
                case "undated" -> new PaperDetails(id, dymu.title(), dymu.authors(), false, dymu.published(),
                        dymu.updated(), dymu.venue(), dymu.identifiers(), dymu.links(), dymu.abstractText(),
                        dymu.categories(), dymu.tags(), dymu.contribution(), dymu.modality(), dymu.training(),
                        dymu.claims(), dymu.sources(), 1, null);
                default -> throw PaperNotFoundException.forId(id);
            });
        }

        @PostMapping("/api/v1/stand-in/papers/{id}")
        void change(@PathVariable String id) {
            throw new UnsupportedOperationException("never reached: the preflight is refused");
        }
    }
}
