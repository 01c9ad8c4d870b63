package org.livesurvey.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.livesurvey.ingest.importer.MetadataImport;
import org.livesurvey.ingest.metadata.ReadLimits;

/** The inputs a command names: one file, every file below a directory (hidden ones left out), or {@code -}. */
final class MetadataInputs {

    private MetadataInputs() {
    }

    static List<MetadataImport.Input> read(Path input, InputStream stdin) {
        if (input.toString().equals("-")) {
            return List.of(new MetadataImport.Input("-", readStdin(stdin)));
        }
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.walk(input)) {
                return files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted()
                        .map(MetadataInputs::readFile)
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        }
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("no file or directory at " + input);
        }
        return List.of(readFile(input));
    }

    private static MetadataImport.Input readFile(Path file) {
        try {
            ReadLimits.checkInputSize(file.toString(), Files.size(file));
            return new MetadataImport.Input(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] readStdin(InputStream stdin) {
        try {
            byte[] content = stdin.readNBytes(ReadLimits.MAX_INPUT_BYTES + 1);
            ReadLimits.checkInputSize("-", content.length);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

}
