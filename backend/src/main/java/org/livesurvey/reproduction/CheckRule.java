package org.livesurvey.reproduction;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a reproduction compares the measured metric with the claim, as its file states it. */
public enum CheckRule {

    /** Close to the claimed value, or inside the claimed range. */
    WITHIN("within"),
    /** Not below the claim: a claimed gain that a run may beat. */
    AT_LEAST("at-least"),
    /** Not above the claim: a claimed cost that a run may undercut. */
    AT_MOST("at-most");

    private final String key;

    CheckRule(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    static CheckRule ofKey(String key) {
        return Keys.find(values(), key, CheckRule::key);
    }
}
