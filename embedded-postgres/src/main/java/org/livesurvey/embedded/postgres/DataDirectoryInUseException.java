package org.livesurvey.embedded.postgres;

import java.nio.file.Path;

/** Another process holds the data directory: starting a second server on it would corrupt it. */
public final class DataDirectoryInUseException extends IllegalStateException {

    private DataDirectoryInUseException(String message) {
        super(message);
    }

    static DataDirectoryInUseException forDirectory(Path dataDirectory, Path lockFile) {
        return new DataDirectoryInUseException("the PostgreSQL data directory " + dataDirectory
                + " is in use by another process (it holds " + lockFile + "); stop that process or use another data directory");
    }
}
