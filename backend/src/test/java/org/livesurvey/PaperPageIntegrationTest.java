package org.livesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class PaperPageIntegrationTest extends RunningApplicationTest {

    @Test
    void servesAPaperWhoseIdHasADot() {
        HttpResponse<String> page = get("/papers/2504.17040", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs")
                .contains("Zhenhailong Wang, Senthil Purushwalkam")
                .contains("<td class=\"number\" data-label=\"Value\">84.5 %</td>")
                .contains("<td class=\"number\" data-label=\"Value\">32–85 %</td>")
                .contains("href=\"/categories/efficiency/token-compression\">Token compression</a>")
                .contains("Version <span id=\"paper-version\">1</span>");
    }

    @Test
    void rendersCuratedMarkupAsText() {
        HttpResponse<String> page = get("/papers/escaping-in-titles", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Escaping &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; friends")
                .contains("Ada &lt;b&gt;Bold&lt;/b&gt; Lovelace")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .doesNotContain("<b>Bold</b>");
    }

    @Test
    void showsThePublishedVersionAndThatTheSourceCutTheAuthorsShort() {
        HttpResponse<String> page = get("/papers/2504.14870", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<p class=\"paper__authors\">Hongru Wang, Cheng Qian et al.</p>")
                .contains("<a href=\"https://openreview.net/forum?id=otc-optimal-tool-calls\" "
                        + "rel=\"noopener noreferrer\">Published version</a>")
                .contains("author = {Wang, Hongru and Qian, Cheng and others}");
    }

    @Test
    void sendsAFormerIdToThePapersPagePermanently() {
        HttpResponse<String> page = get("/papers/otc-optimal-tool-calls-via-reinforcement-learning", "text/html");

        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).hasValue("/papers/2504.14870");
    }

    @Test
    void answersAnUnknownPaperWithAFriendlyPage() {
        HttpResponse<String> page = get("/papers/2101.00000", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("We have no paper with the id “2101.00000”.").doesNotContain("Exception");
    }

    @Test
    void answersAnUnknownAddressWithTheNotFoundPage() {
        HttpResponse<String> page = get("/no/such/page", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is nothing at this address.");
    }

    @Test
    void listsTheNodesPapersOnItsCategoryPage() {
        HttpResponse<String> page = get("/categories/efficiency", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<strong id=\"category-count\">2</strong>")
                .contains("href=\"/papers/2504.17040\"")
                .contains("href=\"/papers/2504.14870\"")
                .doesNotContain("href=\"/papers/escaping-in-titles\"");
    }
}
