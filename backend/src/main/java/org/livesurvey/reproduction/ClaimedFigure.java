package org.livesurvey.reproduction;

/**
 * What a paper claims for a metric: one value, or a range from {@code min} to {@code max} when {@code value} is
 * {@code null}.
 */
public record ClaimedFigure(Double value, Double min, Double max) {

    public static ClaimedFigure value(double value) {
        return new ClaimedFigure(value, null, null);
    }

    public static ClaimedFigure range(double min, double max) {
        return new ClaimedFigure(null, min, max);
    }

    boolean isRange() {
        return value == null && min != null && max != null;
    }

    boolean isValue() {
        return value != null;
    }
}
