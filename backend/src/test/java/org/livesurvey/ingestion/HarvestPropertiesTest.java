package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A schedule that cannot be read is refused when the application starts, not when the first harvest is due. */
class HarvestPropertiesTest {

    @Test
    void aMalformedCronIsRefusedWithWhatItShouldLookLike() {
        assertThatThrownBy(() -> settings("every day at 3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("livesurvey.harvest.cron").hasMessageContaining("second minute hour");
    }

    @Test
    void eachSetIsASourceOfItsOwn() {
        assertThat(settings("0 30 3 * * *").sourceOf("cs")).isEqualTo("arXiv OAI-PMH set cs");
    }

    private static HarvestProperties settings(String cron) {
        return new HarvestProperties(true, cron, ZoneId.of("UTC"), URI.create("https://oaipmh.arxiv.org/oai"),
                "arXiv", List.of("cs"), 2, "arXiv OAI-PMH", Duration.ofSeconds(3), Duration.ofSeconds(60), 5);
    }
}
