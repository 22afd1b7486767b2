package io.tidings.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.shell.DialogService.FileType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    private final FileType json = new FileType("Pinpoint JSON (one endpoint per line)", "*.json", "*.ndjson");

    @Test
    void aNameTypedWithoutExtensionGetsTheChosenTypes() {
        assertThat(json.withExtension(Path.of("/exports/march"))).isEqualTo(Path.of("/exports/march.json"));
    }

    @Test
    void aNameWithItsOwnExtensionIsKeptAsTyped() {
        assertThat(json.withExtension(Path.of("/exports/march.csv"))).isEqualTo(Path.of("/exports/march.csv"));
        assertThat(json.withExtension(Path.of("/exports/march.ndjson"))).isEqualTo(Path.of("/exports/march.ndjson"));
    }

    @Test
    void aTypeWithoutAnExtensionAddsNone() {
        FileType any = new FileType("Any file", "*");
        assertThat(any.extension()).isEmpty();
        assertThat(any.withExtension(Path.of("march"))).isEqualTo(Path.of("march"));
    }
}
