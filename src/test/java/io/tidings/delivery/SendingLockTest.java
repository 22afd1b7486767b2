package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendingLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondEngineCannotTakeTheWorkspaceUntilTheFirstLetsGo() {
        Path workspace = folder.resolve("spring.tidings");
        try (SendingLock first = SendingLock.tryTake(workspace).orElseThrow()) {
            assertThat(SendingLock.tryTake(workspace)).isEmpty();
            assertThat(SendingLock.tryTake(folder.resolve("other.tidings"))).hasValueSatisfying(SendingLock::close);
        }
        assertThat(SendingLock.tryTake(workspace)).hasValueSatisfying(SendingLock::close);
    }
}
