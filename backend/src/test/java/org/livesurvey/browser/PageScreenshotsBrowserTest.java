package org.livesurvey.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Screenshots of the main pages at desktop and phone widths, saved under {@code target/screenshots/} for a person to
 * look at, and the one layout fault a machine can see: content wider than a phone's screen.
 */
class PageScreenshotsBrowserTest extends BrowserTest {

    @Override
    protected boolean javascript() {
        return true;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"home, /", "search, /search?q=token+merging&filter=category:efficiency", "paper, /papers/2504.17040",
            "category, /categories/efficiency/reasoning-economy", "changes, /changes"})
    void savesTheDesktopAndPhoneLayoutOf(String name, String path) throws IOException {
        open(path);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();

        assertThat(Screenshots.contentWidthOnAPhone(browser)).as("content width of %s on a phone", path)
                .isLessThanOrEqualTo(Screenshots.PHONE_WIDTH);
        Map<String, Path> shots = Screenshots.ofCurrentPage(browser, name);
        assertThat(width(shots.get("desktop"))).isEqualTo(Chromium.DESKTOP_WIDTH);
        assertThat(width(shots.get("phone"))).isEqualTo(Screenshots.PHONE_WIDTH);
    }

    private static int width(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        return image.getWidth();
    }
}
