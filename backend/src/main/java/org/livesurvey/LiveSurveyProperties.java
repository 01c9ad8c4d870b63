package org.livesurvey;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The application's own settings, all under {@code livesurvey.*}.
 *
 * @param dataDir       where the embedded PostgreSQL keeps its files ({@code <data-dir>/pg}) and the instance lock
 * @param taxonomyDir   the {@code taxonomy/} directory that is synced into the database
 * @param adminToken    the bearer token of the admin API; while it is unset the admin API is disabled
 * @param syncOnStartup whether the taxonomy directory is synced when the application starts
 */
@Validated
@ConfigurationProperties(prefix = "livesurvey")
public record LiveSurveyProperties(
        @NotNull @DefaultValue("data") Path dataDir,
        @NotNull @DefaultValue("taxonomy") Path taxonomyDir,
        String adminToken,
        @DefaultValue("true") boolean syncOnStartup) {

    /** The admin API stays closed unless a non-blank token was configured. */
    public boolean adminApiEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }

    /** Never prints the token: these settings end up in logs and failure reports. */
    @Override
    public String toString() {
        return "LiveSurveyProperties[dataDir=" + dataDir + ", taxonomyDir=" + taxonomyDir + ", adminToken="
                + (adminApiEnabled() ? "(set)" : "(unset)") + ", syncOnStartup=" + syncOnStartup + "]";
    }
}
