package org.livesurvey.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.livesurvey.RunningApplicationTest;

/** The website's pages on the real PostgreSQL and Elasticsearch, with the small fixture taxonomy synced. */
class WebsitePagesIntegrationTest extends RunningApplicationTest {

    @Test
    void homeListsTheNewestPapersFirstAndChartsThemPerBranch() {
        String home = get("/", "text/html").body();

        assertThat(home).containsSubsequence("href=\"/papers/2504.17040\">DyMU",
                "href=\"/papers/2504.14870\">OTC", "href=\"/papers/escaping-in-titles\">Escaping &lt;script&gt;");
        // the fixture has claims but no reproduction: the highlights say that nothing was measured
        assertThat(home).contains("No reproduction has a result yet.");
        // DyMU and OTC appeared in April 2025; the third paper is dated only to the year
        assertThat(home).contains("&quot;labels&quot;:[&quot;2025 Q2&quot;]")
                .contains("1 paper is dated only to the year, or not at all, and is in no quarter.");
        assertThat(chartRow(home, "2025 Q2")).isEqualTo(
                "<td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">1</td>"
                        + "<td class=\"number\">2</td><td class=\"number\">0</td>");
    }

    @Test
    void categoryPageChartsItsPapersAndLinksItsFeed() {
        String page = get("/categories/efficiency", "text/html").body();

        assertThat(chartRow(page, "2025 Q2")).isEqualTo("<td class=\"number\">2</td>");
        assertThat(page).contains("<link rel=\"alternate\" type=\"application/atom+xml\" "
                + "title=\"New papers in Efficiency\" href=\"/categories/efficiency/feed.atom\">");
    }

    @Test
    void paperPageHasCitationTagsBibtexCategoryLinksAndRelatedPapers() {
        // related papers come from the search index, which the application builds in the background at start-up
        String page = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get("/papers/2504.17040", "text/html").body(),
                        body -> body.contains("<ul id=\"related-papers\""));

        assertThat(page)
                .contains("<meta name=\"citation_title\" content=\"DyMU: Dynamic Merging and Virtual Unmerging for "
                        + "Efficient VLMs\">")
                .contains("<meta name=\"citation_author\" content=\"Zhenhailong Wang\">")
                .contains("<meta name=\"citation_publication_date\" content=\"2025/04/23\">")
                .contains("<meta name=\"citation_conference_title\" content=\"NeurIPS 2025\">")
                .contains("<meta name=\"citation_arxiv_id\" content=\"2504.17040\">")
                .contains("<meta name=\"citation_pdf_url\" content=\"https://arxiv.org/pdf/2504.17040\">")
                .contains("<meta name=\"citation_abstract_html_url\" content=\"" + uri("/papers/2504.17040") + "\">")
                .contains("<pre id=\"bibtex\" class=\"bibtex\">@inproceedings{wang2025dymu,")
                .contains("<button id=\"copy-bibtex\" type=\"button\" hidden>Copy BibTeX</button>")
                .contains("<a class=\"category-link\" href=\"/categories/efficiency/token-compression\">")
                .contains("taxonomy/papers/2504.17040.yaml\">Edit this entry</a>")
                .contains("<td class=\"number\" data-label=\"Value\">84.5 %</td>");
        String related = page.substring(page.indexOf("<ul id=\"related-papers\""));
        assertThat(related.substring(0, related.indexOf("</ul>"))).contains("href=\"/papers/2504.14870\"")
                .doesNotContain("href=\"/papers/2504.17040\"");
    }

    @Test
    void rendersMarkupInCuratedTextAsTextInTheHeadToo() {
        String page = get("/papers/escaping-in-titles", "text/html").body();

        assertThat(page)
                .contains("<title>Escaping &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; friends | "
                        + "LiveSurvey</title>")
                .contains("<meta name=\"citation_title\" content=\"Escaping &lt;script&gt;alert(&#39;title&#39;)"
                        + "&lt;/script&gt; &amp; friends\">")
                .contains("<meta name=\"description\" content=\"An abstract with &lt;img src=x onerror=alert(1)&gt; "
                        + "markup &amp; an ampersand.\">")
                .contains("<pre id=\"bibtex\" class=\"bibtex\">@")
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x");
    }

    @Test
    void reproductionsListThePapersWithClaimsThatNoReproductionChecksYet() {
        String page = get("/reproductions", "text/html").body();

        // the fixture has no reproductions; runs are in ReproductionPagesIntegrationTest
        assertThat(page).contains("No reproduction is set up yet.")
                .contains("href=\"/papers/2504.17040#claims\">DyMU")
                .doesNotContain("href=\"/papers/2504.14870");
    }

    @Test
    void sitemapListsEveryPageWithItsAbsoluteAddress() {
        HttpResponse<String> sitemap = get("/sitemap.xml", "application/xml");

        assertThat(sitemap.statusCode()).isEqualTo(200);
        String base = uri("").toString();
        assertThat(sitemap.body())
                .contains("<url><loc>" + base + "/</loc><lastmod>")
                .contains("<url><loc>" + base + "/categories/efficiency/reasoning-economy/long2short-rl</loc><lastmod>")
                .contains("<url><loc>" + base + "/categories/fine-tuning</loc></url>")
                .contains("<url><loc>" + base + "/papers/escaping-in-titles</loc><lastmod>")
                .contains("<url><loc>" + base + "/contribute</loc></url>");
        // home, 12 category nodes, 6 static pages, 3 papers
        assertThat(Pattern.compile("<url>").matcher(sitemap.body()).results().count()).isEqualTo(22);
        assertThat(get("/robots.txt", "text/plain").body()).contains("Sitemap: " + base + "/sitemap.xml");
    }

    /** The cells of a quarter's row in a chart's table. */
    private static String chartRow(String html, String quarter) {
        Matcher row = Pattern.compile("<th scope=\"row\">" + quarter + "</th>\\s*(.*?)\\s*</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).as("row " + quarter).isTrue();
        return row.group(1).replaceAll(">\\s+<", "><");
    }
}
