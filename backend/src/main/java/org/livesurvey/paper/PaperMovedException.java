package org.livesurvey.paper;

/**
 * No paper has the requested id any more: a merge gave the paper that had it another id. Code that only needs the
 * paper under this id takes it as not found; the website and the API redirect to {@link #currentId()} permanently.
 */
public final class PaperMovedException extends PaperNotFoundException {

    private final String currentId;

    private PaperMovedException(String formerId, String currentId) {
        super(formerId, "paper '" + formerId + "' is now '" + currentId + "'");
        this.currentId = currentId;
    }

    public static PaperMovedException to(String formerId, String currentId) {
        return new PaperMovedException(formerId, currentId);
    }

    public String currentId() {
        return currentId;
    }
}
