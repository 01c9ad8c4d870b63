package org.livesurvey.paper.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperMovedException;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.TestPapers;
import org.livesurvey.reproduction.CheckRule;
import org.livesurvey.reproduction.ClaimResult;
import org.livesurvey.reproduction.HardwareClass;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.reproduction.Verdict;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PaperApiController.class)
class PaperApiControllerTest {

    private static final String PROBLEMS = "https://livesurvey.org/problems/";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperService papers;

    @MockitoBean
    ReproductionService reproductions;

    @Test
    void answersThePaperWithAllItsFieldsInSnakeCase() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());

        mvc.perform(get("/api/v1/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value("2504.17040"))
                .andExpect(jsonPath("$.title").value("DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs"))
                .andExpect(jsonPath("$.authors[1]").value("Senthil Purushwalkam"))
                .andExpect(jsonPath("$.published").value("2025-04-23"))
                .andExpect(jsonPath("$.venue").value("NeurIPS 2025"))
                .andExpect(jsonPath("$.identifiers.doi").value("10.48550/arXiv.2504.17040"))
                .andExpect(jsonPath("$.links.code").value("https://github.com/MikeWangWZHL/dymu"))
                .andExpect(jsonPath("$.links.empty").doesNotExist())
                .andExpect(jsonPath("$.abstract").value("We present DyMU, an efficient, training-free framework."))
                .andExpect(jsonPath("$.categories[0].path").value("efficiency/token-compression"))
                .andExpect(jsonPath("$.categories[0].name").value("Token compression"))
                .andExpect(jsonPath("$.claims[0].value").value(84.5))
                .andExpect(jsonPath("$.claims[0].where").value("Table 2"))
                .andExpect(jsonPath("$.claims[1].min").value(32.0))
                .andExpect(jsonPath("$.sources[0].list").value("joslefaure/Awesome-Multimodal-Token-Compression"))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.changed_at").value("2025-05-01T10:15:30Z"))
                .andExpect(jsonPath("$.claim_results").isEmpty());
    }

    @Test
    void answersThePublishedVersionsLinkAndWhetherTheAuthorsAreCutShort() throws Exception {
        given(papers.get("2504.14870")).willReturn(TestPapers.otc());
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());

        mvc.perform(get("/api/v1/papers/2504.14870"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authors_truncated").value(true))
                .andExpect(jsonPath("$.links.paper").value("https://arxiv.org/abs/2504.14870"))
                .andExpect(jsonPath("$.links.venue").value("https://openreview.net/forum?id=otc2025"));
        mvc.perform(get("/api/v1/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authors_truncated").value(false))
                .andExpect(jsonPath("$.links.venue").isEmpty());
    }

    @Test
    void aFormerIdRedirectsPermanentlyToThePapersCurrentAddress() throws Exception {
        given(papers.get("otc-optimal-tool-calls")).willThrow(
                PaperMovedException.to("otc-optimal-tool-calls", "2504.14870"));

        mvc.perform(get("/api/v1/papers/otc-optimal-tool-calls"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/papers/2504.14870"));
    }

    @Test
    void answersWhatOurReproductionMeasuredBesideTheClaims() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());
        given(reproductions.latestResultsForPaper("2504.17040")).willReturn(List.of(new ClaimResult(
                "dymu-token-merging-cpu", "dymu", "kept-tokens-low", "About 89 tokens kept.", 89.0, null, null, "tokens",
                "CLIP ViT-L/14-336", "kept_visual_tokens.low", CheckRule.WITHIN, 27, 73.9, -15.1, Verdict.REPRODUCED,
                "randomly initialised ViT on synthetic images", 7L, OffsetDateTime.parse("2026-11-25T16:00:00Z"),
                HardwareClass.CPU, "AMD EPYC", false)));

        mvc.perform(get("/api/v1/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("2504.17040"))
                .andExpect(jsonPath("$.claim_results[0].claim_id").value("kept-tokens-low"))
                .andExpect(jsonPath("$.claim_results[0].measured").value(73.9))
                .andExpect(jsonPath("$.claim_results[0].verdict").value("reproduced"))
                .andExpect(jsonPath("$.claim_results[0].scale").value("randomly initialised ViT on synthetic images"))
                .andExpect(jsonPath("$.claim_results[0].run_id").value(7))
                // the run is newer than the paper's last change, and it changed this answer
                .andExpect(header().string("Last-Modified", "Wed, 25 Nov 2026 16:00:00 GMT"));
    }

    @Test
    void unknownIdIsAPaperNotFoundProblem() throws Exception {
        given(papers.get("2101.00000")).willThrow(PaperNotFoundException.forId("2101.00000"));

        mvc.perform(get("/api/v1/papers/2101.00000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "paper-not-found"))
                .andExpect(jsonPath("$.title").value("Paper not found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("No paper has the id '2101.00000'."))
                .andExpect(jsonPath("$.instance").value("/api/v1/papers/2101.00000"));
    }

    @Test
    void malformedIdIsAnInvalidRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/papers/{id}", "no spaces; allowed"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "invalid-request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("id: must be a paper id")));
    }

    /** The problem body comes from the container's error dispatch; ErrorPageControllerTest and the IT show it. */
    @Test
    void wrongMethodIsRefusedWithTheAllowedOnes() throws Exception {
        mvc.perform(post("/api/v1/papers/2504.17040"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"));
    }

    @Test
    void unproducibleMediaTypeIsANotAcceptableProblem() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());

        mvc.perform(get("/api/v1/papers/2504.17040").accept(MediaType.IMAGE_PNG))
                .andExpect(status().isNotAcceptable());
    }

    @Test
    void unreachableDatabaseIsAServiceUnavailableProblem() throws Exception {
        given(papers.get("2504.17040")).willThrow(new DataAccessResourceFailureException("connection refused"));

        mvc.perform(get("/api/v1/papers/2504.17040"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "service-unavailable"))
                .andExpect(content().string(not(containsString("connection refused"))));
    }

    @Test
    void unexpectedFailureIsAnInternalErrorWithoutItsMessage() throws Exception {
        given(papers.get("2504.17040")).willThrow(new IllegalStateException("secret: pool at 10.1.2.3 exhausted"));

        mvc.perform(get("/api/v1/papers/2504.17040"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "internal-error"))
                .andExpect(jsonPath("$.title").value("Internal error"))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }
}
