package org.livesurvey.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/** The HTML error pages: {@code error/404} for what is not there, {@code error} for everything else. */
final class ErrorPages {

    private ErrorPages() {
    }

    /** @param message safe to show: written by us, never an exception's message */
    static ModelAndView page(HttpStatusCode status, String message) {
        String view = status.value() == HttpStatus.NOT_FOUND.value() ? "error/404" : "error";
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "Error" : known.getReasonPhrase();
        return new ModelAndView(view, Map.of("status", status.value(), "title", title, "message", message), status);
    }

    static String defaultMessage(HttpStatusCode status) {
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return "There is nothing at this address.";
        }
        return status.is5xxServerError()
                ? "Something went wrong on our side. It has been logged; please try again later."
                : "The request could not be handled.";
    }
}
