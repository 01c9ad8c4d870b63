package org.livesurvey.paper.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.livesurvey.export.CitationExporter;
import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.PaperMovedException;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.TestPapers;
import org.livesurvey.reproduction.ClaimResult;
import org.livesurvey.reproduction.ReproductionOverview;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.results.ReproductionResults;
import org.livesurvey.results.TestReproductionResults;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchHit;
import org.livesurvey.search.SearchUnavailableException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PaperPageController.class)
@Import({CitationExporter.class, ReproductionResults.class})
class PaperPageControllerTest {

    private static final String DYMU = TestReproductionResults.DYMU;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaperService papers;

    @MockitoBean
    PaperSearchService search;

    @MockitoBean
    ReproductionService reproductions;

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
                        containsString("<td class=\"number\" data-label=\"Value\">84.5 %</td>"),
                        containsString("<td class=\"number\" data-label=\"Value\">32–85 %</td>"),
                        containsString("joslefaure/Awesome-Multimodal-Token-Compression"),
                        containsString("Version <span id=\"paper-version\">3</span>"),
                        containsString("1 May 2025, 10:15 UTC"))));
    }

    @Test
    void linksThePublishedVersionAndSaysWhenTheAuthorsAreCutShort() throws Exception {
        given(papers.get("2504.14870")).willReturn(TestPapers.otc());

        mvc.perform(get("/papers/2504.14870"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<p class=\"paper__authors\">Hongru Wang, Cheng Qian et al.</p>"),
                        containsString("<li><a href=\"https://openreview.net/forum?id=otc2025\" "
                                + "rel=\"noopener noreferrer\">Published version</a></li>"),
                        containsString("author = {Wang, Hongru and Qian, Cheng and others}"))));
    }

    @Test
    void aCompleteBylineHasNoEtAlAndAPaperWithoutVenueLinkNoPublishedVersion() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<p class=\"paper__authors\">Zhenhailong Wang, Senthil Purushwalkam</p>"),
                        not(containsString("et al.")),
                        not(containsString("Published version")))));
    }

    @Test
    void aFormerIdRedirectsPermanentlyToThePapersPage() throws Exception {
        given(papers.get("otc-optimal-tool-calls")).willThrow(
                PaperMovedException.to("otc-optimal-tool-calls", "2504.14870"));

        mvc.perform(get("/papers/otc-optimal-tool-calls").accept(MediaType.TEXT_HTML))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string(HttpHeaders.LOCATION, "/papers/2504.14870"));
    }

    @Test
    void showsWhatOurRunMeasuredBesideEachClaimWithVerdictScaleDateAndHardware() throws Exception {
        given(papers.get(DYMU)).willReturn(TestPapers.dymu());
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.measured()));

        String page = mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Reproduction <a href=\"/reproductions/dymu-token-merging-cpu\">"
                                + "dymu-token-merging-cpu</a>"),
                        containsString("re-run every 7 days."),
                        containsString("Measured by <a href=\"/api/v1/runs/12\">run #12</a>"),
                        containsString("on <time datetime=\"2025-06-01T12:00:08Z\">1 June 2025, 12:00 UTC</time>"),
                        containsString("on <span class=\"device\">AMD EPYC 7B13</span>"),
                        containsString("<td data-label=\"Claim\"><span>DyMU-low keeps 89 visual tokens per image on average.</span>"),
                        containsString("<span>89 tokens</span>"),
                        containsString("<span class=\"rule\">within ±27 tokens</span>"),
                        containsString("<td data-label=\"Paper’s setting\">LLaVA-1.5-7B with CLIP ViT-L/14-336</td>"),
                        containsString("<td class=\"number\" data-label=\"Measured\">92.4 tokens</td>"),
                        containsString("<td class=\"number\" data-label=\"Difference\">+3.4 tokens</td>"),
                        containsString("<td class=\"number\" data-label=\"Difference\">−13.3 points</td>"),
                        containsString("<span class=\"verdict verdict--reproduced\"><span aria-hidden=\"true\">✓"
                                + "</span> Reproduced</span>"),
                        containsString("<span class=\"verdict verdict--partially\"><span aria-hidden=\"true\">◐"
                                + "</span> Partially reproduced</span>"),
                        containsString("Inconclusive</span>"),
                        not(containsString("Stale")),
                        not(containsString("Not run yet")),
                        // both claims of the paper are checked: no table of unchecked claims
                        not(containsString("Not checked by a reproduction yet")))))
                .andReturn().getResponse().getContentAsString();

        // the scale stands next to every verdict
        assertThat(Pattern.compile("<span class=\"scale\">Our scale: " + Pattern.quote(TestReproductionResults.SCALE)
                + "</span>").matcher(page).results().count()).isEqualTo(4);
    }

    @Test
    void marksAResultOlderThanItsScheduleAsStale() throws Exception {
        given(papers.get(DYMU)).willReturn(TestPapers.dymu());
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.measuredLongAgo()));

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<span class=\"badge badge--stale\">Stale: older than its schedule (every 7 days)</span>")));
    }

    @Test
    void showsAFailedLatestRunWithItsReasonBesideTheLastSuccessfulVerdicts() throws Exception {
        given(papers.get(DYMU)).willReturn(TestPapers.dymu());
        given(reproductions.list()).willReturn(List.of(
                TestReproductionResults.failedSince("exit code 1: <b>out of memory</b>")));

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The latest run, <a href=\"/api/v1/runs/14\">#14</a>,"),
                        containsString("<span class=\"run-status run-status--failed\">failed</span>"),
                        containsString("<span class=\"failure-reason\">exit code 1: &lt;b&gt;out of memory&lt;/b&gt;"
                                + "</span>"),
                        containsString("The verdicts shown are from the last successful run."),
                        containsString("<td class=\"number\" data-label=\"Measured\">92.4 tokens</td>"),
                        not(containsString("<b>out of memory</b>")))));
    }

    @Test
    void saysSoWhenTheReproductionHasNotRunYet() throws Exception {
        given(papers.get(DYMU)).willReturn(TestPapers.dymu());
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.neverRun()));

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<strong>Not run yet.</strong>"),
                        containsString("<span class=\"verdict verdict--none\">Not measured yet</span>"),
                        containsString("<span>84.5 %</span>"),
                        containsString("<td class=\"number\" data-label=\"Measured\">—</td>"),
                        not(containsString("Measured by")),
                        not(containsString("data-run-history")),
                        not(containsString("/js/charts.js")))));
    }

    @Test
    void saysWhichRunIsQueuedWhileNothingIsMeasured() throws Exception {
        ReproductionOverview neverRun = TestReproductionResults.neverRun();
        given(papers.get(DYMU)).willReturn(TestPapers.dymu());
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.overview(
                TestReproductionResults.queuedRun(15, TestReproductionResults.MEASURED_AT), false,
                neverRun.claims())));

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Run <a href=\"/api/v1/runs/15\">#15</a> is\n    "
                        + "<span class=\"run-status run-status--queued\">queued</span>;\n    nothing has been measured "
                        + "yet.")));
    }

    @Test
    void chartsTheRunHistoryWithATableOfTheSameNumbers() throws Exception {
        given(papers.get(DYMU)).willReturn(TestPapers.dymu());
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.measured()));
        given(reproductions.history(TestReproductionResults.REPRODUCTION)).willReturn(List.of(
                TestReproductionResults.succeededRun(13, TestReproductionResults.MEASURED_AT.plusDays(7), 80.1),
                TestReproductionResults.succeededRun(12, TestReproductionResults.MEASURED_AT, 89.0)));

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<script defer src=\"/webjars/chart.js/"),
                        containsString("<script defer src=\"/js/charts.js\"></script>"),
                        containsString("data-run-history=\"{&quot;labels&quot;:[&quot;2025-06-01 12:00&quot;,"
                                + "&quot;2025-06-08 12:00&quot;]"),
                        containsString("<th scope=\"row\"><a href=\"/api/v1/runs/13\">2025-06-08 12:00</a></th>"),
                        containsString("<td class=\"number\">90 %</td>"))));
    }

    @Test
    void showsMarkupInResultsAsText() throws Exception {
        ReproductionOverview measured = TestReproductionResults.measured();
        ClaimResult first = measured.claims().get(0);
        ClaimResult withMarkup = new ClaimResult(first.reproductionId(), first.experiment(), first.claimId(),
                "Keeps <script>alert('x')</script> tokens", first.claimedValue(), first.claimedMin(),
                first.claimedMax(), first.unit(), "<i>LLaVA</i>", first.metric(), first.rule(), first.tolerance(),
                first.measured(), first.delta(), first.verdict(), "a <b>tiny</b> ViT", first.runId(),
                first.measuredAt(), first.hardware(), "<img src=x>", first.stale());
        given(papers.get(DYMU)).willReturn(TestPapers.dymu());
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.overview(measured.latestRun(), false,
                List.of(withMarkup))));

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Keeps &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; tokens"),
                        containsString("&lt;i&gt;LLaVA&lt;/i&gt;"),
                        containsString("Our scale: a &lt;b&gt;tiny&lt;/b&gt; ViT"),
                        containsString("&lt;img src=x&gt;"),
                        not(containsString("<script>alert")),
                        not(containsString("<b>tiny</b>")),
                        not(containsString("<img src=x>")))));
    }

    @Test
    void listsTheClaimsNoReproductionChecksApart() throws Exception {
        ReproductionOverview measured = TestReproductionResults.measured();
        given(papers.get(DYMU)).willReturn(TestPapers.dymu());
        given(reproductions.list()).willReturn(List.of(TestReproductionResults.overview(measured.latestRun(), false,
                measured.claims().subList(0, 2))));

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h3 id=\"stated-claims-heading\">Not checked by a reproduction yet</h3>"),
                        containsString("<tr id=\"claim-token-reduction-range\">"),
                        not(containsString("<tr id=\"claim-token-reduction-low\">")))));
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
    void carriesHighwireCitationTagsForReferenceManagers() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<meta name=\"citation_title\" "
                                + "content=\"DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs\">"),
                        containsString("<meta name=\"citation_author\" content=\"Zhenhailong Wang\">"),
                        containsString("<meta name=\"citation_author\" content=\"Senthil Purushwalkam\">"),
                        containsString("<meta name=\"citation_publication_date\" content=\"2025/04/23\">"),
                        containsString("<meta name=\"citation_online_date\" content=\"2025/04/23\">"),
                        containsString("<meta name=\"citation_conference_title\" content=\"NeurIPS 2025\">"),
                        containsString("<meta name=\"citation_arxiv_id\" content=\"2504.17040\">"),
                        containsString("<meta name=\"citation_pdf_url\" content=\"https://arxiv.org/pdf/2504.17040\">"),
                        containsString("<meta name=\"citation_abstract_html_url\" "
                                + "content=\"http://localhost/papers/2504.17040\">"),
                        containsString("<link rel=\"canonical\" href=\"http://localhost/papers/2504.17040\">"),
                        containsString("<meta name=\"description\" "
                                + "content=\"We present DyMU, an efficient, training-free framework.\">"))));
    }

    @Test
    void offersItsBibtexWithACopyButtonThatStaysHiddenWithoutJavaScript() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<pre id=\"bibtex\" class=\"bibtex\">@inproceedings{wang2025dymu,"),
                        containsString("title = {{DyMU}: Dynamic Merging and Virtual Unmerging for Efficient {VLMs}}"),
                        containsString("<button id=\"copy-bibtex\" type=\"button\" hidden>Copy BibTeX</button>"),
                        containsString("<span id=\"copy-bibtex-status\" class=\"copy-status\" role=\"status\"></span>"),
                        containsString("<script defer src=\"/js/copy-bibtex.js\"></script>"),
                        containsString("href=\"/api/v1/papers/2504.17040/export?format=bibtex\""))));
    }

    @Test
    void linksItsCategoriesAndItsFileInTheRepository() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a class=\"category-link\" href=\"/categories/efficiency/token-compression\">"
                                + "Token compression</a>"),
                        containsString("<a id=\"edit-entry\" href=\"https://github.com/livesurvey/livesurvey/edit/main/"
                                + "taxonomy/papers/2504.17040.yaml\">Edit this entry</a>"))));
    }

    @Test
    void listsRelatedPapers() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());
        given(search.related("2504.17040", PaperPageController.RELATED_PAPERS)).willReturn(List.of(
                new SearchHit("2504.14870", "OTC: Optimal Tool Calls", List.of("Hongru Wang"), "2025-04", 2025,
                        "ICML 2025", List.of("efficiency"), Map.of(), 3.5)));

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<ul id=\"related-papers\""),
                        containsString("href=\"/papers/2504.14870\">OTC: Optimal Tool Calls</a>"),
                        not(containsString("No related papers found.")))));
    }

    @Test
    void rendersWithoutRelatedPapersWhenSearchIsDown() throws Exception {
        given(papers.get("2504.17040")).willReturn(TestPapers.dymu());
        given(search.related(anyString(), anyInt()))
                .willThrow(SearchUnavailableException.because(new ConnectException("refused")));

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1 id=\"paper-title\">DyMU"),
                        containsString("Related papers cannot be looked up right now."),
                        not(containsString("<ul id=\"related-papers\"")))));
    }

    @Test
    void showsLatexAndUnicodeAsWritten() throws Exception {
        PaperDetails dymu = TestPapers.dymu();
        PaperDetails latex = new PaperDetails("2504.17040", "$O(n^2)$ attention — Über-fast <b>tokens</b> & \\emph{friends}",
                dymu.authors(), dymu.authorsTruncated(), dymu.published(), dymu.updated(), dymu.venue(), dymu.identifiers(), dymu.links(),
                "Cost drops from $O(n^2)$ to $O(n)$ for naïve inputs.", dymu.categories(), dymu.tags(),
                dymu.contribution(), dymu.modality(), dymu.training(), dymu.claims(), dymu.sources(), dymu.version(),
                dymu.changedAt());
        given(papers.get("2504.17040")).willReturn(latex);

        mvc.perform(get("/papers/2504.17040"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1 id=\"paper-title\">$O(n^2)$ attention — Über-fast &lt;b&gt;tokens&lt;/b&gt; "
                                + "&amp; \\emph{friends}</h1>"),
                        containsString("<meta name=\"citation_title\" content=\"$O(n^2)$ attention — Über-fast "
                                + "&lt;b&gt;tokens&lt;/b&gt; &amp; \\emph{friends}\">"),
                        containsString("Cost drops from $O(n^2)$ to $O(n)$ for naïve inputs."),
                        not(containsString("<b>tokens</b>")))));
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
