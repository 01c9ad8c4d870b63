package org.livesurvey.ingest.model;

/**
 * Where a paper was found: a curated list and the heading path inside it, or another metadata source.
 *
 * @param list    e.g. {@code DevoAllen/Awesome-Reasoning-Economy-Papers}
 * @param section heading path joined with {@code " > "}, or {@code null}
 */
public record Source(String list, String section) {
}
