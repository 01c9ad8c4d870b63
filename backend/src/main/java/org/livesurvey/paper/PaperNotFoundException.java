package org.livesurvey.paper;

/** No paper has the requested id; a {@link PaperMovedException} when one had it before a merge. */
public sealed class PaperNotFoundException extends RuntimeException permits PaperMovedException {

    private final String paperId;

    PaperNotFoundException(String paperId, String message) {
        super(message);
        this.paperId = paperId;
    }

    public static PaperNotFoundException forId(String paperId) {
        return new PaperNotFoundException(paperId, "no paper with id '" + paperId + "'");
    }

    public String paperId() {
        return paperId;
    }
}
