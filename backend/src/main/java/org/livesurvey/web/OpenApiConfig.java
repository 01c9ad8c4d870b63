package org.livesurvey.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The head of the OpenAPI document ({@code /v3/api-docs}); springdoc adds the operations of the controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private static final String ONE_PAPER = "/api/v1/papers/{id}";

    /** What operations for maintainers name in {@code @SecurityRequirement}. */
    static final String ADMIN_TOKEN = "admin-token";

    @Bean
    OpenAPI liveSurveyOpenApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(ADMIN_TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The admin token (LIVESURVEY_ADMIN_TOKEN). The review queue's reads also "
                                + "accept the session of a maintainer logged in at /login.")))
                .info(new Info()
                        .title("LiveSurvey API")
                        .version("v1")
                        .description("""
                        Search and read the LiveSurvey knowledge base of LLM post-training and reasoning-economy \
                        papers. JSON in snake_case; every error is application/problem+json with a stable `type` \
                        (listed at /problems). GET answers carry ETags (send If-None-Match for a 304), papers and \
                        changes also Last-Modified. Any origin may read the API (CORS, no credentials). Each client address \
                        has a rate limit; over it the API answers 429 with Retry-After."""));
    }

    /**
     * Schemas with the property names the API writes ({@code changed_at}): springdoc reads records with swagger's own
     * Jackson 2 mapper, which knows nothing of {@code spring.jackson.property-naming-strategy}.
     */
    @Bean
    ModelResolver snakeCaseSchemas() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    /** Every address of one paper redirects a former id ({@link MovedPaperRedirect}); no controller declares it. */
    @Bean
    OpenApiCustomizer movedPaperResponses() {
        ApiResponse moved = new ApiResponse()
                .description("The id is one the paper had before a merge: Location is this address with its current id")
                .addHeaderObject("Location", new Header().schema(new StringSchema()));
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith(ONE_PAPER)) {
                item.readOperations().forEach(operation -> operation.getResponses().addApiResponse("301", moved));
            }
        });
    }
}
