package org.livesurvey.ingest.model;

/**
 * A checkable statement of a paper: a metric and the value (or range) it reaches in a stated setting.
 * Either {@code value} or both {@code min} and {@code max} are set.
 *
 * @param id        unique within the paper (kebab-case)
 * @param statement the claim in words
 * @param unit      e.g. {@code percent}, {@code MFLOPs}, {@code calls}; may be {@code null}
 * @param setting   model, data and configuration the claim holds in
 * @param where     where in the paper it comes from, e.g. {@code Table 2}
 */
public record Claim(
        String id,
        String statement,
        String metric,
        Double value,
        Double min,
        Double max,
        String unit,
        String setting,
        String where) {
}
