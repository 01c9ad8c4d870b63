package org.livesurvey.reproduction;

/** No reproduction has the requested id. */
public final class ReproductionNotFoundException extends ReproductionRequestException {

    private final String reproductionId;

    private ReproductionNotFoundException(String reproductionId) {
        super("No reproduction has the id '" + reproductionId + "'.");
        this.reproductionId = reproductionId;
    }

    public static ReproductionNotFoundException forId(String reproductionId) {
        return new ReproductionNotFoundException(reproductionId);
    }

    public String reproductionId() {
        return reproductionId;
    }
}
