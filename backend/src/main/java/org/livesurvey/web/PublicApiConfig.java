package org.livesurvey.web;

import org.livesurvey.LiveSurveyProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTTP conventions of the public API: ETags on every {@code GET /api/v1/**} answer (so that a repeated request
 * with {@code If-None-Match} gets a bodiless 304), CORS for reading from any origin, and the per-client rate limit.
 * Nothing here applies to {@code /actuator}.
 */
@Configuration(proxyBeanMethods = false)
class PublicApiConfig implements WebMvcConfigurer {

    private static final String PUBLIC_API = "/api/v1/**";

    /** What a script on another origin may read besides the simple headers; the API's own headers among them. */
    private static final String[] EXPOSED_HEADERS = {HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED,
            HttpHeaders.RETRY_AFTER, HttpHeaders.CONTENT_DISPOSITION, "X-Total-Count"};

    private final LiveSurveyProperties properties;

    PublicApiConfig(LiveSurveyProperties properties) {
        this.properties = properties;
    }

    /**
     * Weak ETags: the body's hash stands for the representation, and a proxy that compresses it must not make the
     * tag lie. A controller that sets its own ETag (the search leaves its timing out of it) keeps it.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtagFilter");
        return registration;
    }

    /** Read-only and without credentials: any site may show our data, none may act for a user. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping(PUBLIC_API)
                .allowedOrigins("*")
                .allowedMethods("GET", "HEAD", "OPTIONS")
                .allowedHeaders("*")
                .exposedHeaders(EXPOSED_HEADERS)
                .allowCredentials(false)
                .maxAge(3600);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (properties.rateLimit().enabled()) {
            ClientRateLimiter limiter = new ClientRateLimiter(properties.rateLimit(), System::nanoTime);
            // first, so that requests the admin token check turns away count as well: guessing costs tokens
            registry.addInterceptor(new RateLimitInterceptor(limiter)).addPathPatterns("/api/**")
                    .order(Ordered.HIGHEST_PRECEDENCE);
        }
    }
}
