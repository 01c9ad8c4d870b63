package org.livesurvey;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The application's own settings, all under {@code livesurvey.*}.
 *
 * @param dataDir       where the embedded PostgreSQL keeps its files ({@code <data-dir>/pg}) and the instance lock
 * @param taxonomyDir   the {@code taxonomy/} directory that is synced into the database
 * @param adminToken    the bearer token of the admin API; while it is unset the admin API is disabled
 * @param syncOnStartup whether the taxonomy directory is synced when the application starts
 * @param rateLimit     the per-client limit on {@code /api/**} requests
 * @param site          the website's public address and its links to the repository
 */
@Validated
@ConfigurationProperties(prefix = "livesurvey")
public record LiveSurveyProperties(
        @NotNull @DefaultValue("data") Path dataDir,
        @NotNull @DefaultValue("taxonomy") Path taxonomyDir,
        String adminToken,
        @DefaultValue("true") boolean syncOnStartup,
        @Valid @NotNull @DefaultValue RateLimit rateLimit,
        @Valid @NotNull @DefaultValue Site site) {

    /** Binding uses this one; the other constructor keeps the defaults of everything added later. */
    @ConstructorBinding
    public LiveSurveyProperties {
    }

    public LiveSurveyProperties(Path dataDir, Path taxonomyDir, String adminToken, boolean syncOnStartup) {
        this(dataDir, taxonomyDir, adminToken, syncOnStartup, RateLimit.DEFAULTS, Site.DEFAULTS);
    }

    /** The admin API stays closed unless a non-blank token was configured. */
    public boolean adminApiEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }

    /** Never prints the token: these settings end up in logs and failure reports. */
    @Override
    public String toString() {
        return "LiveSurveyProperties[dataDir=" + dataDir + ", taxonomyDir=" + taxonomyDir + ", adminToken="
                + (adminApiEnabled() ? "(set)" : "(unset)") + ", syncOnStartup=" + syncOnStartup + ", rateLimit="
                + rateLimit + ", site=" + site + "]";
    }

    /**
     * A token bucket per client IP address: a client may send {@code burst} requests at once and then
     * {@code requestsPerSecond} on average; beyond that the API answers 429 with {@code Retry-After}. The address is
     * the connection's, or the one a trusted proxy forwarded when {@code server.forward-headers-strategy} is set.
     *
     * @param enabled off for load tests that send everything from one address
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @Positive @DefaultValue("100") int burst,
            @Positive @DefaultValue("20") double requestsPerSecond) {

        public static final RateLimit DEFAULTS = new RateLimit(true, 100, 20);
    }

    /**
     * The website's addresses.
     *
     * @param publicUrl   the site's public base address for canonical URLs, feeds and the sitemap, such as
     *                    {@code https://livesurvey.org}; unset, each page takes it from its own request (fine for a
     *                    local run, wrong behind a proxy that does not forward the original host)
     * @param editBaseUrl where a paper's taxonomy file is edited: the paper's {@code <id>.yaml} is appended
     */
    public record Site(
            URI publicUrl,
            @NotNull @DefaultValue(DEFAULT_EDIT_BASE_URL) URI editBaseUrl) {

        static final String DEFAULT_EDIT_BASE_URL =
                "https://github.com/livesurvey/livesurvey/edit/main/taxonomy/papers/";

        public static final Site DEFAULTS = new Site(null, URI.create(DEFAULT_EDIT_BASE_URL));
    }
}
