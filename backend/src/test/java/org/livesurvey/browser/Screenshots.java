package org.livesurvey.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whole-page screenshots at a desktop and a phone width, saved as test output under {@code target/screenshots/} for
 * people to look at. The width is set by device emulation over the DevTools protocol rather than by resizing the
 * window: headless windows have a minimum width above a phone's, and the phone emulation also applies the page's
 * viewport meta tag as a phone would. Works with JavaScript turned off, as no page script is involved.
 */
final class Screenshots {

    static final Path DIRECTORY = Path.of("target", "screenshots");
    static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final Duration SETTLE_INTERVAL = Duration.ofMillis(250);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(5);

    private Screenshots() {
    }

    /** Saves {@code <name>-desktop.png} and {@code <name>-phone.png} of the page shown, and returns them. */
    static Map<String, Path> ofCurrentPage(ChromeDriver browser, String name) {
        Path desktop = save(browser, name + "-desktop", Chromium.DESKTOP_WIDTH, Chromium.DESKTOP_HEIGHT, false);
        Path phone = save(browser, name + "-phone", PHONE_WIDTH, PHONE_HEIGHT, true);
        return Map.of("desktop", desktop, "phone", phone);
    }

    /** The width the page's content takes at phone width: more than the viewport means a sideways scroll bar. */
    static long contentWidthOnAPhone(ChromeDriver browser) {
        emulate(browser, PHONE_WIDTH, PHONE_HEIGHT, true);
        try {
            return Math.round(settledContentSize(browser).get("width"));
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Path save(ChromeDriver browser, String name, int width, int height, boolean mobile) {
        emulate(browser, width, height, mobile);
        try {
            double pageHeight = Math.max(height, settledContentSize(browser).get("height"));
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", pageHeight, "scale", 1)));
            Path file = Files.createDirectories(DIRECTORY).resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void emulate(ChromeDriver browser, int width, int height, boolean mobile) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /**
     * The laid-out size once it has stopped changing: a chart redraws for a new width a frame or more after the width
     * is set, and until then the page is as wide as before.
     */
    private static Map<String, Double> settledContentSize(ChromeDriver browser) {
        Map<String, Double> size = contentSize(browser);
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(SETTLE_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return size;
            }
            Map<String, Double> now = contentSize(browser);
            if (now.equals(size)) {
                return size;
            }
            size = now;
        }
        return size;
    }

    /** The laid-out size of the whole document in CSS pixels. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> contentSize(ChromeDriver browser) {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        return Map.of("width", size.get("width").doubleValue(), "height", size.get("height").doubleValue());
    }
}
