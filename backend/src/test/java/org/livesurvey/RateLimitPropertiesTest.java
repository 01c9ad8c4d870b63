package org.livesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.livesurvey.LiveSurveyProperties.RateLimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The {@code livesurvey.rate-limit.*} settings as the application binds and validates them. */
class RateLimitPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void withoutSettingsTheDefaultsApply() {
        context.run(app -> assertThat(app.getBean(LiveSurveyProperties.class).rateLimit())
                .isEqualTo(RateLimit.DEFAULTS)
                .isEqualTo(new RateLimit(true, 100, 20)));
    }

    @Test
    void bindsItsSettings() {
        context.withPropertyValues("livesurvey.rate-limit.enabled=false", "livesurvey.rate-limit.burst=5",
                        "livesurvey.rate-limit.requests-per-second=0.5", "livesurvey.admin-token=t0ken")
                .run(app -> {
                    LiveSurveyProperties properties = app.getBean(LiveSurveyProperties.class);
                    assertThat(properties.rateLimit()).isEqualTo(new RateLimit(false, 5, 0.5));
                    assertThat(properties.adminToken()).isEqualTo("t0ken");
                    assertThat(properties.dataDir()).isEqualTo(Path.of("data"));
                });
    }

    @Test
    void refusesALimitThatWouldLetNothingThrough() {
        context.withPropertyValues("livesurvey.rate-limit.burst=0")
                .run(app -> assertThat(app).hasFailed());
        context.withPropertyValues("livesurvey.rate-limit.requests-per-second=-1")
                .run(app -> assertThat(app).hasFailed());
    }

    @Test
    void theShortConstructorKeepsTheDefaultLimit() {
        assertThat(new LiveSurveyProperties(Path.of("data"), Path.of("taxonomy"), null, true).rateLimit())
                .isEqualTo(RateLimit.DEFAULTS);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LiveSurveyProperties.class)
    static class PropertiesOnly {
    }
}
