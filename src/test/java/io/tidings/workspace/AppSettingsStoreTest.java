package io.tidings.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void aFirstRunHasTheDefaults() {
        AppSettingsStore store = new AppSettingsStore(folder.resolve("settings.json"));

        assertThat(store.load()).isEqualTo(AppSettings.DEFAULT);
        assertThat(store.problem()).isEmpty();
    }

    @Test
    void savedSettingsComeBack() {
        AppSettingsStore store = new AppSettingsStore(folder.resolve("nested/settings.json"));
        AppSettings settings = AppSettings.DEFAULT
                .withTheme(Theme.DARK)
                .withWindow(new WindowBounds(10, 20, 1000, 700, false))
                .withRecent(Path.of("/data/a.tidings"));

        store.save(settings);

        assertThat(new AppSettingsStore(folder.resolve("nested/settings.json")).load()).isEqualTo(settings);
    }

    @Test
    void anUnreadableFileIsSetAsideAndTheDefaultsUsed() throws IOException {
        Path file = Files.writeString(folder.resolve("settings.json"), "{ \"theme\": \"DARK\", ");
        AppSettingsStore store = new AppSettingsStore(file);

        assertThat(store.load()).isEqualTo(AppSettings.DEFAULT);
        assertThat(store.problem()).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("Your settings file could not be read").contains("defaults are in use"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .singleElement().asString().startsWith("settings.json.unreadable-");
        }
    }

    @Test
    void recentWorkspacesAreNewestFirstWithoutRepeatsAndAtMostTen() {
        AppSettings settings = AppSettings.DEFAULT;
        for (int n : IntStream.rangeClosed(1, 12).toArray()) {
            settings = settings.withRecent(Path.of("/w/" + n + ".tidings"));
        }
        settings = settings.withRecent(Path.of("/w/5.tidings"));

        assertThat(settings.recentWorkspaces()).hasSize(AppSettings.MAX_RECENT);
        assertThat(settings.recentWorkspaces().get(0)).isEqualTo("/w/5.tidings");
        assertThat(settings.recentWorkspaces().get(1)).isEqualTo("/w/12.tidings");
        assertThat(settings.recentWorkspaces()).doesNotHaveDuplicates().doesNotContain("/w/1.tidings");
        assertThat(settings.withoutRecent(Path.of("/w/5.tidings")).recentWorkspaces()).doesNotContain("/w/5.tidings");
    }
}
