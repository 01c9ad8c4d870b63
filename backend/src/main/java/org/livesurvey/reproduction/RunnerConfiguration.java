package org.livesurvey.reproduction;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The runner's settings and the pieces that are not components of their own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunnerProperties.class)
class RunnerConfiguration {

    @Bean
    ResultValidator resultValidator(RunnerProperties settings) {
        return new ResultValidator(settings.resultSchema());
    }

    @Bean
    HostFacts hostFacts() {
        return HostFacts.ofThisMachine();
    }
}
