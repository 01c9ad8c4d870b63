package org.livesurvey.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.livesurvey.paper.web.PaperIds;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchHit;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/papers/{id}/related}: the papers most like one paper, by its title, abstract and categories. */
@RestController
@Tag(name = "search")
class RelatedPapersController {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 50;

    private final PaperSearchService search;

    RelatedPapersController(PaperSearchService search) {
        this.search = search;
    }

    @Operation(summary = "Papers related to a paper", description = "Most similar first, by title, abstract and "
            + "categories; a paper-not-found problem for an unknown id.")
    @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1",
            maximum = "" + MAX_SIZE, defaultValue = "" + DEFAULT_SIZE))
    @GetMapping("/api/v1/papers/{id}/related")
    ResultList<SearchHit> related(@PathVariable @Pattern(regexp = PaperIds.PATTERN, message = PaperIds.RULE) String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        int size = QueryParameters.single(parameters, "size")
                .map(value -> QueryParameters.wholeNumber("size", value, 1, MAX_SIZE))
                .orElse(DEFAULT_SIZE);
        return ResultList.of(search.related(id, size));
    }
}
