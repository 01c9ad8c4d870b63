package org.livesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.livesurvey.LiveSurveyProperties.Site;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The {@code livesurvey.site.*} settings as the application binds them. */
class SitePropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void withoutSettingsPagesTakeTheirAddressFromTheRequestAndEditOnTheProjectsRepository() {
        context.run(app -> assertThat(app.getBean(LiveSurveyProperties.class).site())
                .isEqualTo(Site.DEFAULTS)
                .isEqualTo(new Site(null,
                        URI.create("https://github.com/livesurvey/livesurvey/edit/main/taxonomy/papers/"))));
    }

    @Test
    void bindsItsSettings() {
        context.withPropertyValues("livesurvey.site.public-url=https://survey.example",
                        "livesurvey.site.edit-base-url=https://git.example/fork/edit/dev/taxonomy/papers/")
                .run(app -> assertThat(app.getBean(LiveSurveyProperties.class).site()).isEqualTo(new Site(
                        URI.create("https://survey.example"),
                        URI.create("https://git.example/fork/edit/dev/taxonomy/papers/"))));
    }

    @Test
    void theShortConstructorKeepsTheDefaults() {
        assertThat(new LiveSurveyProperties(Path.of("data"), Path.of("taxonomy"), null, true).site())
                .isEqualTo(Site.DEFAULTS);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LiveSurveyProperties.class)
    static class PropertiesOnly {
    }
}
