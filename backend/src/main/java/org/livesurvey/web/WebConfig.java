package org.livesurvey.web;

import org.livesurvey.LiveSurveyProperties;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Web settings shared by all features. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final String ADMIN_API = "/api/v1/admin/**";

    private final LiveSurveyProperties properties;

    WebConfig(LiveSurveyProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminTokenInterceptor(properties, false)).addPathPatterns(ADMIN_API);
        registry.addInterceptor(new AdminTokenInterceptor(properties, true))
                .addPathPatterns(AdminSecurityConfig.MAINTAINER_READS);
        registry.addInterceptor(new MaintainerPageInterceptor()).addPathPatterns(AdminSecurityConfig.ADMIN_PAGES)
                .excludePathPatterns(AdminSecurityConfig.MAINTAINER_READS);
    }
}
