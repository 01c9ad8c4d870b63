package org.livesurvey.ingest.harvest;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A checkpoint in one file, saved with {@link DurableFiles#replace}: a crash leaves the old state or the new one. A
 * file that cannot be read or written throws {@link UncheckedIOException}. Streams, not channels, read it: a channel
 * closes itself when its thread is interrupted, and a harvest being stopped still loads and saves.
 */
public final class FileCheckpoint implements HarvestCheckpoint {

    private final Path file;

    public FileCheckpoint(Path file) {
        this.file = file.toAbsolutePath();
    }

    @Override
    public Optional<String> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint " + file, e);
        }
    }

    @Override
    public void save(String state) {
        try {
            DurableFiles.replace(file, state.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint " + file, e);
        }
    }

    @Override
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the checkpoint " + file, e);
        }
    }
}
