package org.livesurvey.paper.web;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.livesurvey.export.CitationExporter;
import org.livesurvey.export.ExportFormat;
import org.livesurvey.export.ExportMediaTypes;
import org.livesurvey.export.web.ExportNegotiation;
import org.livesurvey.export.web.ExportResponses;
import org.livesurvey.paper.PaperService;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One paper as a citation file: {@code GET /api/v1/papers/{id}/export?format=bibtex} (or by {@code Accept}), and
 * {@code GET /api/v1/papers/{id}} itself when {@code Accept} asks for a citation media type. JSON stays the answer
 * to {@code Accept: *}{@code /*}: Spring MVC prefers {@link PaperApiController}'s mapping, which produces anything,
 * unless a citation type is asked for by name.
 */
@RestController
@RequestMapping("/api/v1/papers")
class PaperExportController {

    private final PaperService papers;
    private final CitationExporter exporter;

    PaperExportController(PaperService papers, CitationExporter exporter) {
        this.papers = papers;
        this.exporter = exporter;
    }

    @GetMapping("/{id}/export")
    ResponseEntity<String> export(
            @PathVariable @Pattern(regexp = PaperIds.PATTERN, message = PaperIds.RULE) String id,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        return respond(id, ExportNegotiation.choose(format, accept));
    }

    @GetMapping(path = "/{id}", produces = {ExportMediaTypes.BIBTEX, ExportMediaTypes.CSL_JSON, ExportMediaTypes.RIS,
            ExportMediaTypes.CSV})
    ResponseEntity<String> paperAsCitation(
            @PathVariable @Pattern(regexp = PaperIds.PATTERN, message = PaperIds.RULE) String id,
            @RequestHeader(HttpHeaders.ACCEPT) String accept) throws HttpMediaTypeNotAcceptableException {
        return respond(id, ExportNegotiation.choose(null, accept));
    }

    private ResponseEntity<String> respond(String id, ExportFormat format) {
        String content = exporter.export(List.of(papers.get(id)), format);
        return ExportResponses.attachment(content, format, id);
    }
}
