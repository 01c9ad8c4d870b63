package org.livesurvey.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Without JavaScript: the same journey on plain links and forms; nothing depends on a script. */
class ReaderJourneyWithoutJavaScriptBrowserTest extends ReaderJourney {

    @Override
    protected boolean javascript() {
        return false;
    }

    /** The page loads htmx, and the browser does not run it: every click below is a plain navigation. */
    @Override
    protected void beforeChoosingAFacet() {
        assertThat(browser.findElements(By.cssSelector("script[src*='htmx']"))).isNotEmpty();
        assertThat(browser.executeScript("return typeof window.htmx")).isEqualTo("undefined");
    }

    @Override
    protected void afterChoosingAFacet() {
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search");
    }

    /** The copy button needs a script and stays hidden; the entry itself is on the page, selectable. */
    @Override
    protected void copyTheBibtex() {
        assertThat(browser.findElement(By.id("copy-bibtex")).isDisplayed()).as("copy button without scripts").isFalse();
        WebElement bibtex = browser.findElement(By.id("bibtex"));
        assertThat(bibtex.isDisplayed()).isTrue();
        assertThat(bibtex.getText()).startsWith("@").contains("DyMU");
        assertThat(bibtex.getCssValue("user-select")).isNotEqualTo("none");
    }

    @Test
    void pagesAndOrdersThroughPlainLinks() {
        open("/search");
        List<String> firstPage = resultLinks();

        browser.findElement(By.cssSelector(".pagination a[rel~='next']")).click();
        await(page -> page.getCurrentUrl().endsWith("/search?page=2"));
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("showing 21–40");
        assertThat(resultLinks()).hasSize(20).doesNotContainAnyElementsOf(firstPage);

        browser.findElement(By.xpath("//nav[contains(@class, 'sort')]//a[normalize-space() = 'Oldest first']")).click();
        await(page -> page.getCurrentUrl().endsWith("/search?sort=oldest"));
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("showing 1–20");
        assertThat(resultYears()).isNotEmpty().isSorted();
    }

    @Test
    void aFilterThatCannotWorkIsExplainedOnThePage() {
        open("/search?q=merging&filter=yaer:2025");

        assertThat(browser.findElement(By.cssSelector("[role='alert']")).getText())
                .contains("did you mean 'year'?");
        assertThat(browser.findElement(By.id("search-query")).getDomProperty("value")).isEqualTo("merging");
    }
}
