package org.livesurvey.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.livesurvey.feed.AtomXml;
import org.openqa.selenium.By;
import org.w3c.dom.Element;

/**
 * With JavaScript: facets, order and pages replace only the results region (htmx), which a marker variable on the
 * window proves (a full load would clear it), while the address bar keeps the URL of every state.
 */
class ReaderJourneyWithJavaScriptBrowserTest extends ReaderJourney {

    private static final String MARKER = "window.liveSurveyMarker";

    @Override
    protected boolean javascript() {
        return true;
    }

    @Override
    protected void beforeChoosingAFacet() {
        assertThat(browser.executeScript("return typeof window.htmx")).as("htmx loaded").isEqualTo("object");
        browser.executeScript(MARKER + " = 'no full reload'");
    }

    @Override
    protected void afterChoosingAFacet() {
        assertThat(browser.executeScript("return " + MARKER)).as("set before the facet was chosen")
                .isEqualTo("no full reload");
    }

    /** The clipboard is read back through the page, with the permission granted as a person would grant it. */
    @Override
    protected void copyTheBibtex() {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        String bibtex = browser.findElement(By.id("bibtex")).getText();
        assertThat(bibtex).startsWith("@").contains("DyMU");

        browser.findElement(By.id("copy-bibtex")).click();
        await(page -> page.findElement(By.id("copy-bibtex-status")).getText().equals("Copied"));

        Object clipboard = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, error => done('unreadable: ' + error));");
        assertThat(clipboard).asString().isEqualToIgnoringWhitespace(bibtex);
    }

    @Test
    void pagingAndSortingSwapTheResultsAndKeepTheUrlShareable() {
        open("/search");
        assertThat(statusText()).contains("papers match, showing 1–20");
        List<String> firstPage = resultLinks();
        beforeChoosingAFacet();

        browser.findElement(By.cssSelector(".pagination a[rel~='next']")).click();
        await(page -> page.getCurrentUrl().endsWith("/search?page=2"));
        await(page -> statusText().contains("showing 21–40"));
        afterChoosingAFacet();
        assertThat(resultLinks()).hasSize(20).doesNotContainAnyElementsOf(firstPage);
        assertThat(browser.findElement(By.cssSelector(".pagination a[aria-current='page']")).getText())
                .isEqualTo("2");

        browser.findElement(By.xpath("//nav[contains(@class, 'sort')]//a[normalize-space() = 'Oldest first']")).click();
        await(page -> page.getCurrentUrl().endsWith("/search?sort=oldest"));
        await(page -> statusText().contains("showing 1–20"));
        afterChoosingAFacet();
        assertThat(resultYears()).isNotEmpty().isSorted();

        browser.navigate().back();
        await(page -> page.getCurrentUrl().endsWith("/search?page=2"));
        await(page -> statusText().contains("showing 21–40"));

        // the pushed URL is a page of its own: loaded afresh, it shows the same results
        List<String> secondPage = resultLinks();
        browser.navigate().refresh();
        assertThat(browser.executeScript("return " + MARKER)).isNull();
        assertThat(resultLinks()).isEqualTo(secondPage);
    }

    /** htmx leaves error answers out by default; the page's setting swaps them in, message and all. */
    @Test
    void aSearchThatCannotRunShowsItsMessageInTheResultsRegion() {
        open("/search?q=merging");

        browser.executeScript("htmx.ajax('GET', '/search?q=merging&filter=yaer:2025', {target: '#search-results'})");

        await(page -> !page.findElements(By.cssSelector("#search-results [role='alert']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#search-results [role='alert']")).getText())
                .contains("did you mean 'year'?");
    }

    @Test
    void aCategoryPageLinksItsFeedWithTheNewestPapersOfItsSubtree() throws Exception {
        open(DYMU_CATEGORY);
        String visible = browser.findElement(By.cssSelector("a.feed-link")).getDomProperty("href");
        String alternate = browser.findElement(By.cssSelector("link[rel='alternate'][type='application/atom+xml']"))
                .getDomProperty("href");
        assertThat(visible).isEqualTo(alternate).isEqualTo(url(DYMU_CATEGORY + "/feed.atom"));

        List<String> listed = browser.findElements(By.cssSelector(".paper-list > li")).stream()
                .map(item -> item.findElement(By.cssSelector("a[href^='/papers/']")).getDomAttribute("href"))
                .map(this::url).toList();
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(visible)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> entries = AtomXml.elements(AtomXml.parse(feed.body()).getDocumentElement(), "entry").stream()
                .map(entry -> AtomXml.child(entry, "id")).toList();
        assertThat(entries).as("the newest papers, as the page lists them").isNotEmpty()
                .isEqualTo(listed.subList(0, Math.min(listed.size(), entries.size())));
    }

    @Test
    void completesTitlesWhileTyping() {
        open("/search");
        browser.findElement(By.id("search-query")).sendKeys("DyMU");

        await(page -> page.findElements(By.cssSelector("#search-suggestions option")).stream()
                .anyMatch(option -> option.getDomAttribute("value").startsWith("DyMU: Dynamic Merging")));
    }

    @Test
    void linksTheSearchAsAnAtomFeedThatHasItsPapers() throws Exception {
        open("/search?q=dynamic+token+merging&filter=category:efficiency,year:2025");
        String visible = browser.findElement(By.cssSelector("a.feed-link")).getDomProperty("href");
        String alternate = browser.findElement(By.cssSelector("link[rel='alternate'][type='application/atom+xml']"))
                .getDomProperty("href");
        assertThat(visible).isEqualTo(alternate)
                .isEqualTo(url("/search/feed.atom?q=dynamic+token+merging&filter=category:efficiency,year:2025"));

        chooseFacet("year", "2025");
        await(page -> page.getCurrentUrl().endsWith("filter=category:efficiency"));
        // htmx replaced the head's feed link too, so the page's feed follows the search it shows
        assertThat(browser.findElement(By.cssSelector("link[rel='alternate'][type='application/atom+xml']"))
                .getDomProperty("href")).isEqualTo(url("/search/feed.atom?q=dynamic+token+merging"
                + "&filter=category:efficiency"));

        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(visible)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        Element root = AtomXml.parse(feed.body()).getDocumentElement();
        assertThat(AtomXml.elements(root, "entry")).extracting(entry -> AtomXml.child(entry, "id"))
                .contains(url(DYMU));
    }
}
