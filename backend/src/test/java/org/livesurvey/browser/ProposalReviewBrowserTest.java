package org.livesurvey.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livesurvey.ingestion.HarvestRecords.arxiv;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.livesurvey.ingestion.ReviewQueueApplicationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A maintainer in a real Chromium with JavaScript: the admin page sends them to the login, and back after it; they
 * change the suggested categories of a proposal and accept it, which htmx answers in place of the proposal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalReviewBrowserTest extends ReviewQueueApplicationTest {

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    private Chromium chromium;
    private ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        chromium = Chromium.start(true);
        browser = chromium.driver();
    }

    @AfterAll
    void quitBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aMaintainerLogsInEditsTheSuggestedCategoriesAndAcceptsTheProposalInPlace() throws Exception {
        harvested(arxiv("2507.00010", "Thinking Less: Reasoning Length Control"));
        long id = proposalOf("2507.00010");

        browser.get(uri("/admin/proposals").toString());
        await().until(page -> page.getCurrentUrl().endsWith("/login"));
        assertThat(browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_TOKEN);
        browser.findElement(By.cssSelector(".login-form button")).click();
        // back to the page asked for (Spring Security marks it with ?continue)
        await().until(page -> page.getCurrentUrl().contains("/admin/proposals"));

        WebElement proposal = browser.findElement(By.id("proposal-" + id));
        assertThat(proposal.getText()).contains("Because of: reasoning, token budget");
        WebElement economy = proposal.findElement(By.cssSelector("input[value='efficiency/reasoning-economy']"));
        WebElement rl = proposal.findElement(By.cssSelector("input[value='reasoning/rl-for-reasoning']"));
        assertThat(economy.isSelected()).as("the likeliest suggestion is ticked").isTrue();
        assertThat(rl.isSelected()).as("a suggestion below 50 % is not").isFalse();
        economy.click();
        rl.click();
        proposal.findElement(By.id("other-" + id)).sendKeys("fine-tuning/instruction-tuning");
        browser.executeScript("window.reviewMarker = 'no full reload'");
        proposal.findElement(By.cssSelector(".accept-form button")).click();

        await().until(page -> page.findElement(By.id("proposal-" + id)).getText()
                .contains("Accepted: filed as 2507.00010"));
        assertThat(browser.executeScript("return window.reviewMarker")).isEqualTo("no full reload");
        assertThat(browser.findElement(By.id("proposal-" + id)).getText())
                .contains("accepted by admin", "reasoning/rl-for-reasoning, fine-tuning/instruction-tuning");
        assertThat(Files.readString(TAXONOMY_DIR.resolve("papers/2507.00010.yaml")))
                .contains("categories:\n  - reasoning/rl-for-reasoning\n  - fine-tuning/instruction-tuning\n");
    }

    private WebDriverWait await() {
        return new WebDriverWait(browser, PAGE_TIMEOUT);
    }
}
