package org.livesurvey.reproduction;

/**
 * One check of a reproduction with the claim it checks as the paper states it now.
 *
 * @param figure {@code null} when the paper no longer has the claim (the next sync of a fixed file repairs that)
 */
record CheckedClaim(String reproductionId, int position, String claimId, String metric, CheckRule rule,
                    double tolerance, String statement, ClaimedFigure figure, String unit, String setting) {

    /** Judges a measurement against this claim; a vanished claim cannot be judged. */
    ClaimVerdict judge(Double measured) {
        return figure == null
                ? ClaimVerdict.of(new ClaimedFigure(null, null, null), rule, tolerance, measured)
                : ClaimVerdict.of(figure, rule, tolerance, measured);
    }
}
