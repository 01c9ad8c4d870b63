package org.livesurvey.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * {@code Last-Modified} for API answers that have a clear time of last change ({@link LastChanged}). A
 * request with {@code If-Modified-Since} at or after it gets a bodiless 304. {@code If-None-Match}, which the ETag
 * filter answers, takes precedence (RFC 9110 section 13.2.2), so this one steps aside when the request has it.
 */
@RestControllerAdvice
class LastModifiedAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof LastChanged changed) || changed.lastChanged() == null
                || !(request instanceof ServletServerHttpRequest servletRequest)
                || !(response instanceof ServletServerHttpResponse servletResponse)) {
            return body;
        }
        long lastModified = changed.lastChanged().toInstant().toEpochMilli();
        if (servletRequest.getServletRequest().getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
            response.getHeaders().setLastModified(lastModified);
            return body;
        }
        ServletWebRequest webRequest = new ServletWebRequest(servletRequest.getServletRequest(),
                servletResponse.getServletResponse());
        // sets Last-Modified, and the 304 status when the client's copy is current
        return webRequest.checkNotModified(lastModified) ? null : body;
    }
}
