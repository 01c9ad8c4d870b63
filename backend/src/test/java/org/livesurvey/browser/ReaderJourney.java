package org.livesurvey.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The acceptance path of the website (issue 4): a reader finds DyMU by typing "dynamic token merging", narrows the
 * results to efficiency and then 2025, opens the paper, copies its BibTeX and follows a link to its category. The
 * same steps run with JavaScript (facets swap the results through htmx) and without it (every facet is a plain link);
 * the subclasses check what differs.
 */
abstract class ReaderJourney extends BrowserTest {

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    static final String DYMU = "/papers/2504.17040";
    static final String DYMU_CATEGORY = "/categories/efficiency/token-compression";

    /** Just before a facet is clicked. */
    protected abstract void beforeChoosingAFacet();

    /** Once the page shows the new state. */
    protected abstract void afterChoosingAFacet();

    /** On DyMU's page: the BibTeX ends up on the clipboard, or at least in front of the reader. */
    protected abstract void copyTheBibtex();

    @Test
    void findsDyMUNarrowsTheResultsOpensItCopiesItsBibtexAndFollowsItsCategory() {
        open("/search");
        WebElement box = browser.findElement(By.id("search-query"));
        assertThat(browser.findElement(By.cssSelector("label[for='search-query']")).getText()).isNotBlank();
        box.sendKeys("dynamic token merging");
        browser.findElement(By.cssSelector("form.search-form button[type='submit']")).click();
        await(page -> page.getCurrentUrl().contains("q=dynamic+token+merging"));
        assertThat(resultLinks()).contains(DYMU);

        chooseFacet("category", "Efficiency");
        await(page -> page.getCurrentUrl().contains("filter=category:efficiency"));
        awaitAppliedFilter("Category: Efficiency");
        afterChoosingAFacet();

        chooseFacet("year", "2025");
        await(page -> page.getCurrentUrl().contains("filter=category:efficiency,year:2025"));
        awaitAppliedFilter("Year: 2025");
        afterChoosingAFacet();
        assertThat(browser.getCurrentUrl()).contains("q=dynamic+token+merging");
        assertThat(resultLinks()).contains(DYMU);

        browser.findElement(By.cssSelector("#search-results a[href='" + DYMU + "']")).click();
        await(page -> page.getCurrentUrl().endsWith(DYMU));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("DyMU: Dynamic Merging");

        copyTheBibtex();

        WebElement categoryLink = browser.findElement(By.cssSelector("a.category-link[href='" + DYMU_CATEGORY + "']"));
        String categoryName = categoryLink.getText();
        categoryLink.click();
        await(page -> page.getCurrentUrl().endsWith(DYMU_CATEGORY));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(categoryName).containsIgnoringCase(
                "token compression");
        assertThat(browser.findElements(By.cssSelector("a[href='" + DYMU + "']"))).isNotEmpty();
    }

    /** The paper links of the results shown, in order. */
    protected List<String> resultLinks() {
        return browser.findElements(By.cssSelector("#search-results .hit__title a")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
    }

    protected void chooseFacet(String facet, String label) {
        beforeChoosingAFacet();
        facetOption(facet, label).click();
    }

    /** The visible option of a facet with that label (sections folded away are not visible). */
    protected WebElement facetOption(String facet, String label) {
        return browser.findElements(By.xpath("//section[h3[@id='facet-" + facet + "']]//a[contains(@class, "
                        + "'facet-option')][span[contains(@class, 'facet-option__label')][normalize-space() = '"
                        + label + "']]")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no visible option '" + label + "' in the " + facet + " facet"));
    }

    protected void awaitAppliedFilter(String label) {
        await(page -> page.findElements(By.cssSelector(".applied-filters .chip")).stream()
                .anyMatch(chip -> chip.getText().contains(label)));
    }

    /** The years of the results shown, in order; undated papers have none. */
    protected List<Integer> resultYears() {
        return browser.findElements(By.cssSelector("#search-results .hit__meta")).stream()
                .map(meta -> YEAR.matcher(meta.getText()))
                .filter(Matcher::find)
                .map(year -> Integer.valueOf(year.group()))
                .toList();
    }

    protected String statusText() {
        return browser.findElement(By.id("search-status")).getText();
    }
}
