package org.livesurvey.ingestion;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The daily harvest of new preprints for the review queue, under {@code livesurvey.harvest.*}.
 *
 * @param enabled        whether this instance harvests on its schedule (the admin page can still start one)
 * @param cron           when, as a Spring cron expression (second minute hour day month weekday) in {@code zone}
 * @param zone           the time zone of {@code cron} and of the harvest's days
 * @param baseUrl        the OAI-PMH endpoint
 * @param metadataPrefix the OAI-PMH metadata format asked for
 * @param sets           the OAI-PMH sets harvested, each as a run of its own
 * @param firstRunDays   how many days before today the first harvest of a set starts
 * @param sourceName     how proposals and the paper files they become credit the harvest
 * @param politeInterval the least time between two requests (arXiv asks for 3 seconds)
 * @param requestTimeout how long one request may take before the harvest gives up on it
 * @param maxAttempts    how often one page is asked for while the source fails or asks to slow down
 */
@Validated
@ConfigurationProperties(prefix = "livesurvey.harvest")
public record HarvestProperties(
        @DefaultValue("true") boolean enabled,
        @NotBlank @DefaultValue("0 30 3 * * *") String cron,
        @NotNull @DefaultValue("UTC") ZoneId zone,
        @NotNull @DefaultValue("https://oaipmh.arxiv.org/oai") URI baseUrl,
        @NotBlank @DefaultValue("arXiv") String metadataPrefix,
        @NotEmpty @DefaultValue("cs") List<String> sets,
        @Min(0) @Max(365) @DefaultValue("2") int firstRunDays,
        @NotBlank @DefaultValue("arXiv OAI-PMH") String sourceName,
        @NotNull @DefaultValue("3s") Duration politeInterval,
        @NotNull @DefaultValue("60s") Duration requestTimeout,
        @Min(1) @Max(20) @DefaultValue("5") int maxAttempts) {

    /** A schedule that cannot be parsed would only show when the first harvest is due: refuse it at start-up. */
    public HarvestProperties {
        if (cron != null && !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("livesurvey.harvest.cron is not a cron expression (second minute hour"
                    + " day month weekday): " + cron);
        }
        sets = sets == null ? List.of() : List.copyOf(sets);
    }

    /** The name of one set's harvest, as runs and proposals record it, e.g. {@code arXiv OAI-PMH set cs}. */
    String sourceOf(String set) {
        return sourceName + " set " + set;
    }
}
