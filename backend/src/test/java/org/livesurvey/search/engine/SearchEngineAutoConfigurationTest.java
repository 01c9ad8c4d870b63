package org.livesurvey.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.embedded.search.EmbeddedElasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** With a cluster configured, no node starts and the data directory is left alone; the client goes to the cluster. */
class SearchEngineAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SearchEngineAutoConfiguration.class))
            .withUserConfiguration(Properties.class)
            .withPropertyValues("livesurvey.data-dir=target/never-created-es");

    @Test
    void clusterUrisTurnTheEmbeddedNodeOff() {
        runner.withPropertyValues("spring.elasticsearch.uris=http://es1.example:9200,http://es2.example:9200",
                        "spring.elasticsearch.username=livesurvey", "spring.elasticsearch.password=secret")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedElasticsearch.class);
                    assertThat(context).hasSingleBean(ElasticsearchClient.class);
                    assertThat(context.getBean(SearchEngine.class)).isEqualTo(new SearchEngine(
                            List.of(URI.create("http://es1.example:9200"),
                                    URI.create("http://es2.example:9200")), false));
                    assertThat(context.getBean(ElasticsearchClusterProperties.class).toString())
                            .doesNotContain("secret");
                });
        assertThat(Path.of("target/never-created-es")).doesNotExist();
    }

    @Test
    void onAClusterAnIndexGetsAReplicaUnlessConfiguredOtherwise() {
        runner.withPropertyValues("spring.elasticsearch.uris=http://es1.example:9200").run(context -> {
            SearchEngineProperties properties = context.getBean(SearchEngineProperties.class);
            assertThat(properties.replicasOn(context.getBean(SearchEngine.class))).isEqualTo(1);
            assertThat(properties.connectTimeout()).isEqualTo(Duration.ofMillis(500));
            assertThat(properties.socketTimeout()).isEqualTo(Duration.ofSeconds(2));
        });
        runner.withPropertyValues("spring.elasticsearch.uris=http://es1.example:9200", "livesurvey.search.replicas=2")
                .run(context -> assertThat(context.getBean(SearchEngineProperties.class)
                        .replicasOn(context.getBean(SearchEngine.class))).isEqualTo(2));
    }

    @Test
    void onlyANonBlankUriCountsAsACluster() {
        ApplicationContextRunner conditional = new ApplicationContextRunner().withUserConfiguration(Embedded.class);

        conditional.run(context -> assertThat(context).hasBean("embedded"));
        conditional.withPropertyValues("spring.elasticsearch.uris=  ")
                .run(context -> assertThat(context).hasBean("embedded"));
        conditional.withPropertyValues("spring.elasticsearch.uris=http://es1:9200")
                .run(context -> assertThat(context).doesNotHaveBean("embedded"));
        conditional.withPropertyValues("spring.elasticsearch.uris[0]=http://es1:9200")
                .run(context -> assertThat(context).doesNotHaveBean("embedded"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LiveSurveyProperties.class)
    static class Properties {
    }

    @Configuration(proxyBeanMethods = false)
    static class Embedded {

        @Bean
        @Conditional(NoElasticsearchUrisCondition.class)
        String embedded() {
            return "would start the embedded node";
        }
    }
}
