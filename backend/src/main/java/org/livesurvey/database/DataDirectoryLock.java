package org.livesurvey.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive operating-system lock on {@code <data-dir>/livesurvey.lock}, held for the life of the application.
 * The operating system releases it when the process dies, even by {@code kill -9}, so a lock that cannot be taken
 * always means a live instance: whoever holds it owns everything in the directory.
 */
public final class DataDirectoryLock implements AutoCloseable {

    static final String LOCK_FILE = "livesurvey.lock";

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, creating the directory when needed.
     *
     * @throws AnotherInstanceRunningException when another process (or another context in this JVM) holds it
     */
    public static DataDirectoryLock acquire(Path dataDirectory) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            throw AnotherInstanceRunningException.forDataDirectory(directory);
        }
        recordOwner(channel);
        return new DataDirectoryLock(directory, channel, lock);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /** The process id in the file tells an operator which process to look at; the lock itself is what counts. */
    private static void recordOwner(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        channel.force(false);
    }

    /** The absolute, normalised data directory. */
    public Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
