package org.livesurvey.web;

import jakarta.servlet.http.HttpServletRequest;
import org.livesurvey.ingestion.ProposalNotFoundException;
import org.livesurvey.paper.PaperMovedException;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.taxonomy.CategoryNotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly pages for what a reader can run into on the website. Anything else goes on to the servlet container and
 * {@link ErrorPageController}, which renders the generic error page. Runs after {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler
    ResponseEntity<Void> paperMoved(PaperMovedException e, HttpServletRequest request) {
        return MovedPaperRedirect.of(e, request);
    }

    @ExceptionHandler
    ModelAndView paperNotFound(PaperNotFoundException e) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, "We have no paper with the id “" + e.paperId() + "”.");
    }

    @ExceptionHandler
    ModelAndView categoryNotFound(CategoryNotFoundException e) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, "We have no category “" + e.path() + "”.");
    }

    @ExceptionHandler
    ModelAndView proposalNotFound(ProposalNotFoundException e) {
        return ErrorPages.page(HttpStatus.NOT_FOUND, "We have no proposal " + e.proposalId() + ".");
    }

    @ExceptionHandler({HandlerMethodValidationException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badInput(Exception e) {
        return ErrorPages.page(HttpStatus.BAD_REQUEST, "That address does not look right.");
    }
}
