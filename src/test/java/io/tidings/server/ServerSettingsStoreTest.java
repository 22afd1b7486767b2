package io.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.ChannelAccountsJson;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's settings in the workspace: one source of truth for where links go, the email settings' old tracking
 * base URL read until the server's settings are first saved.
 */
class ServerSettingsStoreTest {

    private static final Wiring WIRING = new Wiring(Wiring.Host.COMMAND_LINE);
    /** Email through the sandbox, with the tracking base URL an older Tidings kept in the email settings. */
    private static final ChannelAccounts OLDER_EMAIL_SETTINGS = ChannelAccountsJson.read("settings", """
            {"email": {"provider": "sandbox", "fromAddress": "news@shop.example",
                       "trackingBaseUrl": "https://links.shop.example"}}""");

    @TempDir
    Path folder;

    @Test
    void aNewWorkspaceHasTheDefaultsAndTrackingOff() {
        try (OpenedWorkspace workspace = WIRING.create(folder.resolve("new.tidings"), "New")) {
            assertThat(workspace.trackingServer().settings().load()).isEqualTo(ServerSettings.DEFAULTS);
            assertThat(workspace.trackingServer().trackingBase()).isEmpty();
        }
    }

    @Test
    void theOldEmailTrackingBaseUrlIsThePublicBaseUntilTheServersSettingsAreSaved() {
        Path file = folder.resolve("older.tidings");
        try (OpenedWorkspace workspace = WIRING.create(file, "Older")) {
            workspace.channelAccounts().save(OLDER_EMAIL_SETTINGS);
        }
        try (OpenedWorkspace reopened = WIRING.open(file)) {
            ServerSettingsStore store = reopened.trackingServer().settings();
            assertThat(store.load().publicBaseUrl()).isEqualTo("https://links.shop.example");
            assertThat(reopened.trackingServer().trackingBase()).hasValue("https://links.shop.example");

            store.save(store.load().withEnabled(true));
            store.save(new ServerSettings(true, "0.0.0.0", 9090, "https://track.shop.example/"));
        }
        try (OpenedWorkspace reopened = WIRING.open(file)) {
            assertThat(reopened.trackingServer().settings().load())
                    .isEqualTo(new ServerSettings(true, "0.0.0.0", 9090, "https://track.shop.example/"));
            assertThat(reopened.trackingServer().trackingBase()).hasValue("https://track.shop.example");
        }
    }

    @Test
    void aPublicBaseClearedOnPurposeStaysClearedThoughTheOldFieldIsSet() {
        Path file = folder.resolve("cleared.tidings");
        try (OpenedWorkspace workspace = WIRING.create(file, "Cleared")) {
            workspace.channelAccounts().save(OLDER_EMAIL_SETTINGS);
            workspace.trackingServer().settings().save(ServerSettings.DEFAULTS);

            assertThat(workspace.trackingServer().settings().load().publicBaseUrl()).isNull();
        }
    }

    @Test
    void settingsWithAWrongFieldAreNotSavedAndTheRefusalNamesIt() {
        try (OpenedWorkspace workspace = WIRING.create(folder.resolve("wrong.tidings"), "Wrong")) {
            ServerSettingsStore store = workspace.trackingServer().settings();

            assertThatThrownBy(() -> store.save(new ServerSettings(true, "127.0.0.1", 70_000, null)))
                    .hasMessage("The port must be a whole number from 1 to 65535, such as 8787.");
            assertThatThrownBy(() -> store.save(new ServerSettings(true, "127.0.0.1", 8787, "https://x.example/?a=1")))
                    .hasMessageStartingWith("The public base URL cannot have a query (?) or a fragment (#)");
            assertThatThrownBy(() -> store.save(new ServerSettings(true, "my server", 8787, null)))
                    .hasMessageStartingWith("The bind address must be an address of this computer");
            assertThat(store.load()).isEqualTo(ServerSettings.DEFAULTS);
        }
    }
}
