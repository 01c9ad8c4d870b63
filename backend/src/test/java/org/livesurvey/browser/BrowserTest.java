package org.livesurvey.browser;

import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The application with the real taxonomy, driven by a real headless Chromium: each test class gets a browser of its
 * own, started after every paper is searchable (the superclass's {@code @BeforeAll} runs first) and quit after its
 * last test.
 */
public abstract class BrowserTest extends RealTaxonomyApplicationTest {

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    protected ChromeDriver browser;
    private Chromium chromium;

    /** Whether the browser runs page scripts; without them every link and form must still work. */
    protected abstract boolean javascript();

    @BeforeAll
    void startBrowser() {
        chromium = Chromium.start(javascript());
        browser = chromium.driver();
    }

    @AfterAll
    void quitBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Waits for a condition of the page (a swap, a navigation), failing after a timeout, never sooner. */
    protected <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PAGE_TIMEOUT).until(condition);
    }
}
