package org.livesurvey.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.livesurvey.paper.PaperMovedException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The answer to an address that names a paper by a former id: 301 to the same address with the paper's current id,
 * for a page and an API resource alike ({@code /papers/{id}}, {@code /api/v1/papers/{id}/export?format=ris}). The
 * address is the path pattern the request matched, expanded again, and the query as the request sent it.
 */
final class MovedPaperRedirect {

    private MovedPaperRedirect() {
    }

    static ResponseEntity<Void> of(PaperMovedException moved, HttpServletRequest request) {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = new HashMap<>(
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
        variables.replaceAll((name, value) -> value.equals(moved.paperId()) ? moved.currentId() : value);
        String path = UriComponentsBuilder.fromPath(pattern).buildAndExpand(variables).encode().toUriString();
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, request.getContextPath() + path + query)
                .build();
    }
}
