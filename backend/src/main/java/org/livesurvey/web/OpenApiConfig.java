package org.livesurvey.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The head of the OpenAPI document ({@code /v3/api-docs}); springdoc adds the operations of the controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI liveSurveyOpenApi() {
        return new OpenAPI().info(new Info()
                .title("LiveSurvey API")
                .version("v1")
                .description("""
                        Search and read the LiveSurvey knowledge base of LLM post-training and reasoning-economy \
                        papers. JSON in snake_case; every error is application/problem+json with a stable `type` \
                        (listed at /problems). GET answers carry ETags (send If-None-Match for a 304), papers also \
                        Last-Modified. Any origin may read the API (CORS, no credentials). Each client address \
                        has a rate limit; over it the API answers 429 with Retry-After."""));
    }
}
