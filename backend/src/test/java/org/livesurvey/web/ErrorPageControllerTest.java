package org.livesurvey.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The container's error dispatch, as Tomcat performs it for errors no handler dealt with (MockMvc does not forward
 * to {@code /error} by itself, so the tests set the attributes Tomcat sets).
 */
@WebMvcTest(ErrorPageController.class)
class ErrorPageControllerTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
            "400, invalid-request, Invalid request",
            "404, not-found, Not found",
            "405, method-not-allowed, Method not allowed",
            "406, not-acceptable, Not acceptable",
            "415, unsupported-media-type, Unsupported media type",
            "500, internal-error, Internal error",
            "503, service-unavailable, Service unavailable"})
    void answersApiClientsWithTheStableProblemTypeOfTheStatus(int status, String slug, String title) throws Exception {
        mvc.perform(errorDispatch(status, "/api/v1/somewhere").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://livesurvey.org/problems/" + slug))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.instance").value("/api/v1/somewhere"));
    }

    /** RFC 9457: a problem without a {@code type} member is {@code about:blank}, described by its status alone. */
    @Test
    void aStatusWithoutAProblemTypeOfItsOwnIsAboutBlank() throws Exception {
        mvc.perform(errorDispatch(418, "/api/v1/teapot").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().is(418))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").doesNotExist())
                .andExpect(jsonPath("$.title").value("I'm a teapot"));
    }

    @Test
    void neverShowsTheExceptionToApiClients() throws Exception {
        mvc.perform(errorDispatch(500, "/api/v1/papers/x")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "secret message"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(not(containsString("secret")), not(containsString("Exception")))));
    }

    @Test
    void showsBrowsersAFriendlyNotFoundPage() throws Exception {
        mvc.perform(errorDispatch(404, "/no/such/page").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(
                        containsString("<h1>Not found</h1>"),
                        containsString("There is nothing at this address."),
                        containsString("<main id=\"main\""))));
    }

    @Test
    void showsBrowsersAnErrorPageWithoutInternals() throws Exception {
        mvc.perform(errorDispatch(500, "/papers/x").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "secret message"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(
                        containsString("Something went wrong on our side."),
                        not(containsString("secret")),
                        not(containsString("Exception")),
                        not(containsString("at org.")))));
    }

    private static MockHttpServletRequestBuilder errorDispatch(int status, String originalUri) {
        return get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, originalUri);
    }
}
