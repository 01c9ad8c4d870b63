package org.livesurvey.database;

import java.nio.file.Path;

/** Another LiveSurvey process holds the lock of the data directory; a second one there would corrupt it. */
public final class AnotherInstanceRunningException extends RuntimeException {

    private final transient Path dataDirectory;

    private AnotherInstanceRunningException(Path dataDirectory) {
        super("another LiveSurvey instance is using data directory " + dataDirectory + " (lock held)");
        this.dataDirectory = dataDirectory;
    }

    public static AnotherInstanceRunningException forDataDirectory(Path dataDirectory) {
        return new AnotherInstanceRunningException(dataDirectory);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
