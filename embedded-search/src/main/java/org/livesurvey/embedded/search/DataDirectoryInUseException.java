package org.livesurvey.embedded.search;

import java.nio.file.Path;

/** Another node holds the data directory: Elasticsearch allows one node per data path. */
public final class DataDirectoryInUseException extends IllegalStateException {

    private DataDirectoryInUseException(String message, Throwable cause) {
        super(message, cause);
    }

    static DataDirectoryInUseException heldByEmbeddedNode(Path dataDirectory, Path lockFile) {
        return new DataDirectoryInUseException("the Elasticsearch data directory " + dataDirectory
                + " is in use by another embedded node (it holds " + lockFile
                + "); stop that process or use another data directory", null);
    }

    static DataDirectoryInUseException heldByOtherNode(Path dataDirectory, Throwable cause) {
        return new DataDirectoryInUseException("the Elasticsearch data directory " + dataDirectory
                + " is in use by another Elasticsearch node (it holds the node lock); stop that node or use another"
                + " data directory", cause);
    }
}
