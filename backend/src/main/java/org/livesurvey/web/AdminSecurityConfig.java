package org.livesurvey.web;

import java.util.List;
import java.util.stream.Stream;

import org.livesurvey.LiveSurveyProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The maintainers' login, and nothing else of Spring Security: its filter chains match only the admin pages, the
 * login and logout, and what maintainers read of the review queue. Every other request passes through untouched, as
 * before: no session, no CSRF token, no security headers, no firewall ({@link AdminAreaFirewall}); the admin API keeps
 * its bearer token ({@link AdminTokenInterceptor}).
 *
 * <p>The admin pages use form login with one user, {@value #MAINTAINER}, whose password is the admin credential
 * ({@code livesurvey.admin-token}), a session, and CSRF tokens on every form. The review queue's API and feed accept
 * that session or the bearer token; the interceptor decides, so that a refusal is the API's usual problem.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class AdminSecurityConfig {

    static final String MAINTAINER = "admin";
    static final String LOGIN_PAGE = "/login";
    static final String[] ADMIN_PAGES = {"/admin", "/admin/**"};
    static final String[] MAINTAINER_READS = {"/api/v1/proposals", "/api/v1/proposals/**",
            "/admin/proposals/feed.atom"};
    private static final String ROLE = "MAINTAINER";
    private static final String[] LOGIN_AND_ADMIN_PAGES = Stream.concat(Stream.of(ADMIN_PAGES),
            Stream.of(LOGIN_PAGE, "/logout")).toArray(String[]::new);

    static boolean isMaintainer(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + ROLE).equals(authority.getAuthority()));
    }

    /** Reads only, so no CSRF token; a session is used when there is one, never started. */
    @Bean
    @Order(1)
    SecurityFilterChain maintainerReads(HttpSecurity http) {
        return http.securityMatcher(MAINTAINER_READS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminPages(HttpSecurity http) {
        return http.securityMatcher(LOGIN_AND_ADMIN_PAGES)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE).permitAll()
                        .anyRequest().hasRole(ROLE))
                .formLogin(login -> login.loginPage(LOGIN_PAGE).defaultSuccessUrl("/admin"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .build();
    }

    @Bean
    AuthenticationProvider maintainerLogin(LiveSurveyProperties properties) {
        return new MaintainerAuthenticationProvider(MAINTAINER, ROLE, new AdminCredential(properties.adminToken()));
    }

    @Bean
    WebSecurityCustomizer firewallOnlyWhereSecurityApplies() {
        List<RequestMatcher> matchers = Stream.concat(Stream.of(LOGIN_AND_ADMIN_PAGES), Stream.of(MAINTAINER_READS))
                .<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher)
                .toList();
        return web -> web.httpFirewall(new AdminAreaFirewall(new OrRequestMatcher(matchers)));
    }
}
