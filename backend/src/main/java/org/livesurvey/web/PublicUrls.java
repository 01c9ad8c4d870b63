package org.livesurvey.web;

import java.net.URI;

import org.livesurvey.LiveSurveyProperties;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of the site's own pages, for canonical links, feeds and the sitemap. The base is
 * {@code livesurvey.site.public-url} when it is set, otherwise the scheme, host and context path of the request being
 * handled (so it must be used while one is).
 */
public final class PublicUrls {

    private final URI configuredBase;

    public PublicUrls(LiveSurveyProperties properties) {
        this.configuredBase = properties.site().publicUrl();
    }

    /** The base without a trailing slash, e.g. {@code https://livesurvey.org}. */
    public String base() {
        String base = configuredBase != null
                ? configuredBase.toString()
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** @param path an already encoded path that starts with {@code /} */
    public String of(String path) {
        return base() + path;
    }
}
