package org.livesurvey.ingest.harvest;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file so that a crash, even of the machine, leaves the old content or the new one, never half of either:
 * a temporary dot file beside it, forced to disk, then moved over it in one step. A harvest relies on it twice: the
 * page on disk before the checkpoint that passes it.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    public static void replace(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile, which makes the file private to its owner: pages are for others to read
        Path temp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            // a stream, not a FileChannel: a channel closes itself when its thread is interrupted, and a harvest
            // being stopped must still record the page it finished
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                out.write(content);
                out.getFD().sync();
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
