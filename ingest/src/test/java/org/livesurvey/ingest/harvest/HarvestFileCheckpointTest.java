package org.livesurvey.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvestFileCheckpointTest {

    @TempDir
    Path temp;

    @Test
    void noFileIsNoHarvestUnderWay() {
        assertThat(new FileCheckpoint(temp.resolve("none")).load()).isEmpty();
    }

    @Test
    void aSavedStateIsLoadedAsItWasAndReplacesTheOneBefore() throws IOException {
        Path file = temp.resolve("deep/down/oai.checkpoint");
        FileCheckpoint checkpoint = new FileCheckpoint(file);

        checkpoint.save("726959|1001");
        checkpoint.save("726959|2002 ünïcode\n");

        assertThat(new FileCheckpoint(file).load()).contains("726959|2002 ünïcode\n");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file is left behind").containsExactly(file);
        }
    }

    @Test
    void clearForgetsTheStateAndMayBeRepeated() {
        FileCheckpoint checkpoint = new FileCheckpoint(temp.resolve("oai.checkpoint"));
        checkpoint.save("10");

        checkpoint.clear();
        checkpoint.clear();

        assertThat(checkpoint.load()).isEmpty();
        assertThat(temp.resolve("oai.checkpoint")).doesNotExist();
    }

    @Test
    void anInterruptedThreadStillSavesAndLoads() {
        FileCheckpoint checkpoint = new FileCheckpoint(temp.resolve("oai.checkpoint"));
        Thread.currentThread().interrupt();
        try {
            checkpoint.save("10");

            assertThat(checkpoint.load()).contains("10");
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }
}
