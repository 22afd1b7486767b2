package io.tidings.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(AppDirectories.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME).home())
                .isEqualTo(Path.of("/data/tidings"));
        assertThat(AppDirectories.resolve(null, Map.of(), "Linux", HOME).home())
                .isEqualTo(Path.of("/home/ann/.local/share/tidings"));
    }

    @Test
    void macAndWindowsUseTheirOwnFolders() {
        assertThat(AppDirectories.resolve(null, Map.of(), "Mac OS X", HOME).home())
                .isEqualTo(HOME.resolve("Library/Application Support/Tidings"));
        assertThat(AppDirectories.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", HOME).home())
                .isEqualTo(Path.of("/appdata/Tidings"));
    }

    @Test
    void anExplicitHomeWins() {
        assertThat(AppDirectories.resolve("/tmp/t", Map.of("TIDINGS_HOME", "/x"), "Linux", HOME).home())
                .isEqualTo(Path.of("/tmp/t"));
        assertThat(AppDirectories.resolve(null, Map.of("TIDINGS_HOME", "/x"), "Linux", HOME).workspaces())
                .isEqualTo(Path.of("/x/workspaces"));
    }
}
