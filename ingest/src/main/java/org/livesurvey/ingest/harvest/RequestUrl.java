package org.livesurvey.ingest.harvest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A service's base URL with a query string added, each name and value percent-encoded. */
final class RequestUrl {

    private RequestUrl() {
    }

    /** @param parameters in the order they are to appear; a {@code null} value leaves its parameter out */
    static URI of(URI base, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(parameter -> parameter.getValue() != null)
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        String url = base.toString();
        return URI.create(url + (base.getRawQuery() == null ? "?" : "&") + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
