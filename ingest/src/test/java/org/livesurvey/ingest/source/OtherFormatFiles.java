package org.livesurvey.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.livesurvey.ingest.metadata.Fixtures;

/** Files a reader must not claim: every fixture of the other formats' folders, and every file of the shared corpus. */
public final class OtherFormatFiles {

    private OtherFormatFiles() {
    }

    /** @param ownFolder the reader's own fixture folder, e.g. {@code bibtex} */
    public static List<Path> except(String ownFolder) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Fixtures.dir())) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (!folder.getFileName().toString().equals(ownFolder)) {
                    files.addAll(filesUnder(folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.addAll(filesUnder(Fixtures.corpus()));
        if (files.isEmpty()) {
            throw new IllegalStateException("no other formats' files beside " + Fixtures.dir());
        }
        return files;
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
