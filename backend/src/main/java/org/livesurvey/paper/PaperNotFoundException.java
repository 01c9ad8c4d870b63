package org.livesurvey.paper;

/** No paper has the requested id. */
public final class PaperNotFoundException extends RuntimeException {

    private final String paperId;

    private PaperNotFoundException(String paperId) {
        super("no paper with id '" + paperId + "'");
        this.paperId = paperId;
    }

    public static PaperNotFoundException forId(String paperId) {
        return new PaperNotFoundException(paperId);
    }

    public String paperId() {
        return paperId;
    }
}
