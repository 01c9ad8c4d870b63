package org.livesurvey.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvestDurableFilesTest {

    @TempDir
    Path temp;

    @Test
    void aReplacedFileHoldsTheNewContentAndNothingElseIsLeft() throws IOException {
        Path file = temp.resolve("oai-page-0001.xml");
        Files.writeString(file, "old");

        DurableFiles.replace(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("new");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aWrittenFileIsAsReadableAsAnyOtherFileOfTheFolder() throws IOException {
        Path plain = Files.writeString(temp.resolve("plain.xml"), "x");
        Path durable = temp.resolve("oai-page-0001.xml");

        DurableFiles.replace(durable, "x".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(durable)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
