package org.livesurvey.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

    @TempDir
    Path temp;

    @Test
    void aSecondHolderIsRefusedWithTheAbsoluteDirectoryInTheMessage() throws Exception {
        Path data = temp.resolve("nested/../data");
        try (DataDirectoryLock first = DataDirectoryLock.acquire(data)) {
            assertThat(first.directory()).isEqualTo(temp.resolve("data").toAbsolutePath());
            assertThatThrownBy(() -> DataDirectoryLock.acquire(temp.resolve("data")))
                    .isInstanceOf(AnotherInstanceRunningException.class)
                    .hasMessage("another LiveSurvey instance is using data directory " + first.directory()
                            + " (lock held)");
        }
    }

    @Test
    void isFreeAgainOnceReleasedAndNamesItsOwner() throws Exception {
        DataDirectoryLock.acquire(temp).close();

        try (DataDirectoryLock again = DataDirectoryLock.acquire(temp)) {
            assertThat(Files.readString(temp.resolve(DataDirectoryLock.LOCK_FILE)).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }
}
