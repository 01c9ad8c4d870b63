package org.livesurvey.reproduction;

import com.fasterxml.jackson.annotation.JsonValue;

/** The hardware a reproduction needs: every worker runs CPU jobs, only workers with a usable GPU run GPU jobs. */
public enum HardwareClass {

    CPU("cpu"),
    GPU("gpu");

    private final String key;

    HardwareClass(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    static HardwareClass ofKey(String key) {
        return Keys.find(values(), key, HardwareClass::key);
    }
}
