package org.livesurvey.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The per-client rate limit with a burst of two and practically no refill: each test sends from its own address,
 * so that the tests do not share a bucket.
 */
@WebMvcTest(controllers = {RateLimitTest.StandInController.class, ProblemTypesPageController.class},
        properties = {"livesurvey.rate-limit.burst=2", "livesurvey.rate-limit.requests-per-second=0.001"})
@Import(RateLimitTest.StandInController.class)
class RateLimitTest {

    @Autowired
    MockMvc mvc;

    @Test
    void overTheLimitIsARateLimitedProblemWithRetryAfter() throws Exception {
        mvc.perform(from("10.0.0.1", get("/api/v1/stand-in"))).andExpect(status().isOk());
        mvc.perform(from("10.0.0.1", get("/api/v1/stand-in"))).andExpect(status().isOk());

        mvc.perform(from("10.0.0.1", get("/api/v1/stand-in")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1000"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://livesurvey.org/problems/rate-limited"))
                .andExpect(jsonPath("$.title").value("Too many requests"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(
                        "Too many requests from this client; wait 1000 second(s) before the next one."));
    }

    @Test
    void everyClientHasItsOwnLimit() throws Exception {
        mvc.perform(from("10.0.0.2", get("/api/v1/stand-in"))).andExpect(status().isOk());
        mvc.perform(from("10.0.0.2", get("/api/v1/stand-in"))).andExpect(status().isOk());
        mvc.perform(from("10.0.0.2", get("/api/v1/stand-in"))).andExpect(status().isTooManyRequests());

        mvc.perform(from("10.0.0.3", get("/api/v1/stand-in"))).andExpect(status().isOk());
    }

    @Test
    void aBrowserScriptCanReadTheRateLimitedProblem() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(from("10.0.0.4", get("/api/v1/stand-in"))).andExpect(status().isOk());
        }

        mvc.perform(from("10.0.0.4", get("/api/v1/stand-in")).header(HttpHeaders.ORIGIN, "https://other.example"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        startsWith("ETag, Last-Modified, Retry-After")));
    }

    @Test
    void preflightsDoNotCount() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(from("10.0.0.5", options("/api/v1/stand-in"))
                            .header(HttpHeaders.ORIGIN, "https://other.example")
                            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
                    .andExpect(status().isOk());
        }

        mvc.perform(from("10.0.0.5", get("/api/v1/stand-in"))).andExpect(status().isOk());
    }

    @Test
    void pagesAreNotLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(from("10.0.0.6", get("/problems"))).andExpect(status().isOk());
        }
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(servletRequest -> {
            servletRequest.setRemoteAddr(address);
            return servletRequest;
        });
    }

    @RestController
    static class StandInController {

        @GetMapping("/api/v1/stand-in")
        String answer() {
            return "ok";
        }
    }
}
