package org.livesurvey.site.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.livesurvey.paper.PaperCatalog;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.taxonomy.TestTrees;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(value = SitemapController.class, properties = "livesurvey.site.public-url=https://livesurvey.example/")
class SitemapControllerTest {

    private static final OffsetDateTime MAY = OffsetDateTime.parse("2025-05-01T10:15:30.123Z");
    private static final OffsetDateTime JUNE = OffsetDateTime.parse("2025-06-02T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CategoryTreeService categories;

    @MockitoBean
    PaperCatalog catalog;

    @Test
    void listsEveryPageWithAbsoluteAddressesAndTheirLastChange() throws Exception {
        given(categories.tree()).willReturn(TestTrees.small());
        given(catalog.lastChangePerCategory()).willReturn(Map.of(
                "efficiency/reasoning-economy/long2short-rl", JUNE, "efficiency/token-compression", MAY));
        given(catalog.lastChangePerPaper()).willReturn(Map.of("2504.17040", MAY, "2504.14870", JUNE));

        mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(content().string(allOf(
                        containsString("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"),
                        containsString("<url><loc>https://livesurvey.example/</loc>"
                                + "<lastmod>2025-06-02T08:00:00Z</lastmod></url>"),
                        // a node changes when a paper below it does
                        containsString("<url><loc>https://livesurvey.example/categories/efficiency</loc>"
                                + "<lastmod>2025-06-02T08:00:00Z</lastmod></url>"),
                        containsString("<url><loc>https://livesurvey.example/categories/efficiency/token-compression"
                                + "</loc><lastmod>2025-05-01T10:15:30Z</lastmod></url>"),
                        containsString("<url><loc>https://livesurvey.example/categories/fine-tuning</loc></url>"),
                        containsString("<url><loc>https://livesurvey.example/papers/2504.17040</loc>"
                                + "<lastmod>2025-05-01T10:15:30Z</lastmod></url>"),
                        containsString("<url><loc>https://livesurvey.example/contribute</loc></url>"),
                        containsString("<url><loc>https://livesurvey.example/api</loc></url>"),
                        containsString("<url><loc>https://livesurvey.example/reproductions</loc></url>"))));
    }

    @Test
    void robotsPointToTheSitemapAndKeepCrawlersOffTheApi() throws Exception {
        mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string(allOf(
                        containsString("Sitemap: https://livesurvey.example/sitemap.xml"),
                        containsString("Disallow: /api/\n"),
                        not(containsString("Disallow: /\n")))));
    }
}
