package org.livesurvey.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.embedded.postgres.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** With an external database configured, nothing embedded starts and the data directory is left alone. */
class EmbeddedPostgresAutoConfigurationTest {

    @Test
    void anExternalDatabaseUrlTurnsTheEmbeddedServerOff() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class))
                .withUserConfiguration(Properties.class)
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/livesurvey",
                        "livesurvey.data-dir=target/never-created")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context).doesNotHaveBean(DataDirectoryLock.class);
                    assertThat(context).doesNotHaveBean("dataSource");
                });
        assertThat(Path.of("target/never-created")).doesNotExist();
    }

    @Test
    void onlyANonBlankUrlCountsAsConfigured() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Embedded.class);

        runner.run(context -> assertThat(context).hasBean("embedded"));
        runner.withPropertyValues("spring.datasource.url=  ").run(context -> assertThat(context).hasBean("embedded"));
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/x")
                .run(context -> assertThat(context).doesNotHaveBean("embedded"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LiveSurveyProperties.class)
    static class Properties {
    }

    @Configuration(proxyBeanMethods = false)
    static class Embedded {

        @Bean
        @Conditional(NoDataSourceUrlCondition.class)
        String embedded() {
            return "would start the embedded server";
        }
    }
}
