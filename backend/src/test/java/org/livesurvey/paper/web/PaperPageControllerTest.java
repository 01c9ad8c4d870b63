package org.livesurvey.paper.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.TestPapers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PaperPageController.class)
class PaperPageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperService papers;

    @Test
    void showsThePaperWithItsClaimsCategoriesSourcesAndLastChange() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(
                        containsString("<h1 id=\"paper-title\">DyMU: Dynamic Merging and Virtual Unmerging"),
                        containsString("Zhenhailong Wang, Senthil Purushwalkam"),
                        containsString("NeurIPS 2025"),
                        containsString("href=\"/categories/efficiency/token-compression\">Token compression</a>"),
                        containsString("We present DyMU, an efficient, training-free framework."),
                        containsString("href=\"https://github.com/MikeWangWZHL/dymu\""),
                        containsString("<td class=\"number\">84.5 %</td>"),
                        containsString("<td class=\"number\">32–85 %</td>"),
                        containsString("joslefaure/Awesome-Multimodal-Token-Compression"),
                        containsString("Version <span id=\"paper-version\">3</span>"),
                        containsString("1 May 2025, 10:15 UTC"))));
    }

    @Test
    void takesAnIdWithADotWhole() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());

        mvc.perform(get("/papers/2504.17040")).andExpect(status().isOk());

        then(papers).should().get("2504.17040");
        then(papers).shouldHaveNoMoreInteractions();
    }

    @Test
    void escapesMarkupInCuratedText() throws Exception {
        given(papers.get("escaping-in-titles")).willReturn(TestPapers.withMarkup());

        mvc.perform(get("/papers/escaping-in-titles"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Escaping &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; friends"),
                        containsString("Ada &lt;b&gt;Bold&lt;/b&gt; Lovelace"),
                        containsString("&lt;img src=x onerror=alert(1)&gt;"),
                        containsString("Preference &lt;i&gt;optimization&lt;/i&gt;"),
                        not(containsString("<script>alert")),
                        not(containsString("<img src=x")),
                        not(containsString("<b>Bold</b>")))));
    }

    @Test
    void unknownPaperGetsAFriendlyNotFoundPage() throws Exception {
        given(papers.get("2101.00000")).willThrow(PaperNotFoundException.forId("2101.00000"));

        mvc.perform(get("/papers/2101.00000").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(
                        containsString("We have no paper with the id “2101.00000”."),
                        containsString("browse it from the start"),
                        not(containsString("Exception")))));
    }

    @Test
    void malformedIdGetsABadRequestPage() throws Exception {
        mvc.perform(get("/papers/{id}", "<script>").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("That address does not look right."),
                        not(containsString("<script>")))));
        then(papers).shouldHaveNoInteractions();
    }
}
