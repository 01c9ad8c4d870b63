package org.livesurvey.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code claim}: a checkable statement of the paper. */
@Embeddable
class ClaimRow {

    @Column(name = "claim_id")
    private String claimId;

    private int position;

    private String statement;

    private String metric;

    private Double value;

    @Column(name = "min_value")
    private Double minValue;

    @Column(name = "max_value")
    private Double maxValue;

    private String unit;

    private String setting;

    /** Where in the paper, e.g. {@code Table 2}. */
    private String location;

    protected ClaimRow() {
    }

    String claimId() {
        return claimId;
    }

    String statement() {
        return statement;
    }

    String metric() {
        return metric;
    }

    Double value() {
        return value;
    }

    Double minValue() {
        return minValue;
    }

    Double maxValue() {
        return maxValue;
    }

    String unit() {
        return unit;
    }

    String setting() {
        return setting;
    }

    String location() {
        return location;
    }
}
