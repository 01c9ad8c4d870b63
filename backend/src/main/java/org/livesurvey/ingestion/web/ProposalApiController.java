package org.livesurvey.ingestion.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.livesurvey.ingestion.Proposal;
import org.livesurvey.ingestion.ProposalPage;
import org.livesurvey.ingestion.ProposalQuery;
import org.livesurvey.ingestion.ProposalService;
import org.livesurvey.ingestion.ProposalStatus;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.Listing;
import org.livesurvey.web.Paging;
import org.livesurvey.web.ProblemType;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/proposals}: the review queue for maintainers' scripts. The admin credential is checked before
 * this controller runs: a bearer token, or the session of a maintainer logged in to the admin pages.
 */
@RestController
@Tag(name = "review queue", description = "Papers the daily harvest proposes for the survey (maintainers only)")
@SecurityRequirement(name = "admin-token")
class ProposalApiController {

    static final String ALL = "all";

    private final ProposalService proposals;

    ProposalApiController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Operation(operationId = "listProposals", summary = "List proposals of the review queue", description = """
            Papers a harvest found that the taxonomy lacks and the classifier finds relevant, with the harvested \
            record, the suggested categories and their confidence, the classifier's evidence (top features, \
            nearest filed papers) and a possible duplicate among the filed papers. Pending ones come first, most \
            relevant first; decided ones follow, most recent first. Needs Authorization: Bearer <admin token> or \
            the session of a maintainer logged in at /login.""")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "pending (default), accepted, rejected or all",
            example = "pending")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "1-based, default 1", example = "1")
    @Parameter(name = "per_page", in = ParameterIn.QUERY, description = "1 to " + Paging.MAX_PER_PAGE
            + ", default " + Paging.DEFAULT_PER_PAGE, example = "20")
    @ApiResponse(responseCode = "400", description = "A parameter is malformed (invalid-parameter)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or a wrong admin token, and no maintainer session "
            + "(admin-token-required, admin-token-invalid)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "No admin token is configured (admin-api-disabled)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/v1/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
    Listing<Proposal> list(@RequestParam(name = "status", required = false) String status,
                           @RequestParam(name = "page", required = false) String page,
                           @RequestParam(name = "per_page", required = false) String perPage) {
        Paging paging = Paging.parse(page, perPage);
        ProposalPage found = proposals.find(new ProposalQuery(status(status), null, null, null, paging.page(),
                paging.perPage()));
        return Listing.page(found.proposals(), found.total(), found.page(), found.perPage());
    }

    private static ProposalStatus status(String text) {
        if (text == null || text.isBlank()) {
            return ProposalStatus.PENDING;
        }
        if (text.strip().equals(ALL)) {
            return null;
        }
        return ProposalStatus.ofKey(text.strip()).orElseThrow(() -> ApiProblemException.of(
                ProblemType.INVALID_PARAMETER, "status must be pending, accepted, rejected or all, not '"
                        + ApiProblemException.abbreviated(text) + "'.", Map.of("parameter", "status")));
    }
}
