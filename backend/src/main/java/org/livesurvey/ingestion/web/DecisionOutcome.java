package org.livesurvey.ingestion.web;

import java.io.Serializable;

/**
 * What a maintainer's decision on a proposal did, shown on that proposal: done, or why not. It travels in the session
 * as a flash attribute across the redirect of a plain form.
 */
public record DecisionOutcome(boolean failed, String message) implements Serializable {
}
