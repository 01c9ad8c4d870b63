package org.livesurvey.paper.web;

import org.livesurvey.reproduction.CheckRule;
import org.livesurvey.reproduction.ClaimResult;

/** A claim that a reproduction checks, as a table row shows it: the paper's figure and rule beside ours, as text. */
public record ClaimRow(ClaimResult claim) {

    /** {@code 84.5 %} or {@code 32–85 %}; {@code ?} when the paper no longer states the claim. */
    public String claimedText() {
        if (claim.claimedValue() != null) {
            return Figures.withUnit(Figures.number(claim.claimedValue()), claim.unit());
        }
        if (claim.claimedMin() != null && claim.claimedMax() != null) {
            return Figures.withUnit(Figures.number(claim.claimedMin()) + "–" + Figures.number(claim.claimedMax()),
                    claim.unit());
        }
        return "?";
    }

    /** How close our value must come for "reproduced", in the claim's unit. */
    public String ruleText() {
        boolean exact = claim.tolerance() == 0;
        String tolerance = Figures.differenceWithUnit(Figures.number(claim.tolerance()), claim.unit());
        if (claim.rule() == CheckRule.WITHIN) {
            if (exact) {
                return isRange() ? "inside the range" : "exactly";
            }
            return "within ±" + tolerance;
        }
        String direction = claim.rule() == CheckRule.AT_LEAST ? "at least" : "at most";
        return exact ? direction : direction + ", give or take " + tolerance;
    }

    /** Our value with its unit; {@code null} when nothing was measured. */
    public String measuredText() {
        return claim.measured() == null ? null : Figures.withUnit(Figures.number(claim.measured()), claim.unit());
    }

    /** Ours minus the paper's (for a range: the distance to its nearer end); {@code null} when nothing was measured. */
    public String deltaText() {
        if (claim.delta() == null) {
            return null;
        }
        if (isRange() && claim.delta() == 0) {
            return "inside the range";
        }
        return Figures.differenceWithUnit(Figures.signed(claim.delta()), claim.unit());
    }

    private boolean isRange() {
        return claim.claimedValue() == null && claim.claimedMin() != null;
    }
}
