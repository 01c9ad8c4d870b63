package org.livesurvey.ingest.model;

/** External identifiers of a paper; each may be {@code null}. */
public record Identifiers(String arxiv, String doi) {

    public static final Identifiers NONE = new Identifiers(null, null);
}
