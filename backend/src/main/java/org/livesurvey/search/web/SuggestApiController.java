package org.livesurvey.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.PaperSearchService.Suggestion;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/suggest?q=}: completions of paper titles and author names for a search box. */
@RestController
@Tag(name = "search")
class SuggestApiController {

    static final int MAX_PREFIX_LENGTH = 100;
    static final int DEFAULT_SIZE = 8;
    static final int MAX_SIZE = 20;

    private final PaperSearchService search;

    SuggestApiController(PaperSearchService search) {
        this.search = search;
    }

    @Operation(summary = "Complete what a user is typing", description = "Titles (with the paper's id) and "
            + "author names that start with, or have a word starting with, the typed text.")
    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "What was typed so far, at most "
            + MAX_PREFIX_LENGTH + " characters")
    @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1",
            maximum = "" + MAX_SIZE, defaultValue = "" + DEFAULT_SIZE))
    @GetMapping("/api/v1/suggest")
    ResultList<Suggestion> suggest(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        String prefix = QueryParameters.single(parameters, "q").orElse("");
        QueryParameters.checkLength("q", prefix, MAX_PREFIX_LENGTH);
        String cleaned = prefix.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        if (cleaned.isEmpty()) {
            throw QueryParameters.invalid("q", "The parameter 'q' is required: the text typed so far.");
        }
        int size = QueryParameters.single(parameters, "size")
                .map(value -> QueryParameters.wholeNumber("size", value, 1, MAX_SIZE))
                .orElse(DEFAULT_SIZE);
        return ResultList.of(search.suggest(cleaned, size));
    }
}
