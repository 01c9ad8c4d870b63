package org.livesurvey.ingestion;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What accepting a proposal does besides writing its paper file, under {@code livesurvey.review.*}.
 *
 * @param commitToGit       when the taxonomy directory is in a git working tree, also commit the file on the branch
 *                          {@code <branch-prefix><yyyy-MM-dd>} (the working tree and index are left as they are)
 * @param branchPrefix      the branch name before the day's date
 * @param commitAuthorName  author and committer of those commits
 * @param commitAuthorEmail their address
 */
@Validated
@ConfigurationProperties(prefix = "livesurvey.review")
public record ReviewProperties(
        @DefaultValue("true") boolean commitToGit,
        @NotBlank @DefaultValue("proposals/") String branchPrefix,
        @NotBlank @DefaultValue("LiveSurvey maintainer") String commitAuthorName,
        @NotBlank @DefaultValue("maintainer@livesurvey.invalid") String commitAuthorEmail) {
}
