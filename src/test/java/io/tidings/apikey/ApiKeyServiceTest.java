package io.tidings.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys over a real workspace file, with the sealing key in a data folder of the test's own. */
class ApiKeyServiceTest {

    @TempDir
    Path folder;

    private Wiring wiringAt(Path home) {
        return new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(home));
    }

    @Test
    void aKeyIsListedWithoutItsSecretAndTheSecretIsNowhereInClear() throws Exception {
        Path file = folder.resolve("keys.tidings");
        NewApiKey created;
        String applicationId;
        try (OpenedWorkspace workspace = wiringAt(folder.resolve("home")).create(file, "Keys")) {
            created = workspace.apiKeys().create("Android app");
            applicationId = workspace.apiKeys().applicationId();

            assertThat(created.accessKeyId()).matches("TDK[A-Z2-7]{17}");
            assertThat(created.secretAccessKey()).hasSize(40);
            assertThat(workspace.apiKeys().list()).singleElement().satisfies(key -> {
                assertThat(key.accessKeyId()).isEqualTo(created.accessKeyId());
                assertThat(key.name()).isEqualTo("Android app");
                assertThat(key.revoked()).isFalse();
            });
            assertThat(workspace.apiKeys().signingKey(created.accessKeyId()))
                    .hasValue(new SigningKey(created.accessKeyId(), created.secretAccessKey()));
        }
        assertThat(applicationId).matches("[0-9a-f]{32}");
        String everything = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(everything).doesNotContain(created.secretAccessKey()).contains(created.accessKeyId());
        try (OpenedWorkspace again = wiringAt(folder.resolve("home")).open(file)) {
            assertThat(again.apiKeys().applicationId()).isEqualTo(applicationId);
        }
    }

    @Test
    void theSealingKeyIsMadeOnFirstUseReadableOnlyByTheUser() throws Exception {
        Path home = folder.resolve("home");
        try (OpenedWorkspace workspace = wiringAt(home).create(folder.resolve("w.tidings"), "W")) {
            Path keyFile = home.resolve("keys").resolve("sealing.key");
            assertThat(keyFile).doesNotExist();

            workspace.apiKeys().create(null);

            assertThat(Files.size(keyFile)).isEqualTo(32);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
                        .isEqualTo("rwx------");
            }
            assertThat(workspace.apiKeys().list().get(0).name()).isEqualTo("API key");
        }
    }

    @Test
    void onAnotherComputerTheKeysMustBeCreatedAgainAndSaySo() {
        Path file = folder.resolve("moved.tidings");
        String accessKeyId;
        try (OpenedWorkspace workspace = wiringAt(folder.resolve("first-computer")).create(file, "Moved")) {
            accessKeyId = workspace.apiKeys().create("Web").accessKeyId();
        }
        try (OpenedWorkspace moved = wiringAt(folder.resolve("second-computer")).open(file)) {
            assertThat(moved.apiKeys().unreadableReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("was the workspace made on another computer?")
                    .endsWith("The API keys must be created again on this computer."));
            assertThatThrownBy(() -> moved.apiKeys().signingKey(accessKeyId))
                    .isInstanceOf(UnreadableSecretException.class);

            NewApiKey fresh = moved.apiKeys().create("Web, again");
            moved.apiKeys().revoke(accessKeyId);

            assertThat(moved.apiKeys().unreadableReason()).isEmpty();
            assertThat(moved.apiKeys().signingKey(fresh.accessKeyId())).isPresent();
        }
    }

    @Test
    void aDamagedKeyFileIsNamedAndNothingIsOverwritten() throws Exception {
        Path home = folder.resolve("home");
        Path keyFile = home.resolve("keys").resolve("sealing.key");
        try (OpenedWorkspace workspace = wiringAt(home).create(folder.resolve("d.tidings"), "D")) {
            workspace.apiKeys().create("Web");
            Files.write(keyFile, new byte[] {1, 2, 3});
        }
        try (OpenedWorkspace workspace = wiringAt(home).open(folder.resolve("d.tidings"))) {
            assertThatThrownBy(() -> workspace.apiKeys().create("Another"))
                    .isInstanceOf(UnreadableSecretException.class)
                    .hasMessage("The key file " + keyFile + " is damaged: it holds 3 bytes, not 32.");
            assertThat(Files.size(keyFile)).isEqualTo(3);
        }
    }

    @Test
    void aRevokedKeyNoLongerSignsNorAuthenticates() {
        try (OpenedWorkspace workspace = wiringAt(folder.resolve("home")).create(folder.resolve("r.tidings"), "R")) {
            ApiKeyService keys = workspace.apiKeys();
            NewApiKey created = keys.create("Old");
            assertThat(keys.keyWithSecret(created.secretAccessKey())).isPresent();

            ApiKey revoked = keys.revoke(created.accessKeyId());

            assertThat(revoked.revoked()).isTrue();
            assertThat(keys.signingKey(created.accessKeyId())).isEmpty();
            assertThat(keys.keyWithSecret(created.secretAccessKey())).isEmpty();
            assertThatThrownBy(() -> keys.revoke("TDKNOTAKEY"))
                    .hasMessage("This workspace has no API key \"TDKNOTAKEY\"; 'apikey list' shows its keys.");
        }
    }

    @Test
    void theWebhookSecretIsMadeOnceAndRenewedOnRequest() {
        try (OpenedWorkspace workspace = wiringAt(folder.resolve("home")).create(folder.resolve("h.tidings"), "H")) {
            String first = workspace.apiKeys().webhookSecret();

            assertThat(first).hasSize(64).isEqualTo(workspace.apiKeys().webhookSecret());
            assertThat(workspace.apiKeys().renewWebhookSecret()).isNotEqualTo(first);
        }
    }

    @Test
    void aWorkspaceFromBeforeApiKeysGetsAnApplicationIdWhenMigrated() {
        Path file = folder.resolve("old.tidings");
        try (Database database = Database.open(file)) {
            Migrations.migrateTo(database, 15);
        }
        try (Database database = Database.open(file)) {
            Migrations.migrate(database);
            String id = database.read(connection -> {
                try (var query = connection.prepareStatement(
                        "SELECT value FROM workspace_setting WHERE key = 'application_id'");
                        var rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            });
            assertThat(id).matches("[0-9a-f]{32}");
        }
    }
}
