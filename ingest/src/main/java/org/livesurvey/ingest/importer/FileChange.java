package org.livesurvey.ingest.importer;

import java.nio.file.Path;

/**
 * One paper file an import creates, rewrites or removes (a slug file renamed to its arXiv id is one removal and
 * one creation).
 *
 * @param before the file's text before, {@code null} for a new file
 * @param after  the file's text after, {@code null} for a removed file
 */
public record FileChange(Path path, String before, String after) {
}
