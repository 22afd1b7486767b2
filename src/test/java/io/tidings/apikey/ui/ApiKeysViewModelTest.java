package io.tidings.apikey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.apikey.NewApiKey;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API keys page's view model over a real workspace, without a toolkit. */
class ApiKeysViewModelTest {

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    private OpenedWorkspace open(String computer) {
        return new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve(computer)))
                .open(folder.resolve("keys.tidings"));
    }

    private ApiKeysViewModel viewModel(OpenedWorkspace workspace) {
        ApiKeysViewModel viewModel = new ApiKeysViewModel(workspace.apiKeys(), () -> "http://127.0.0.1:8787/", new ImmediateBackgroundWork(),
                dialogs, ZoneOffset.UTC);
        viewModel.load();
        return viewModel;
    }

    @Test
    void aKeyIsRevokedOnlyWhenTheMarketerSaysSo() {
        new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("here")))
                .create(folder.resolve("keys.tidings"), "Keys").close();
        try (OpenedWorkspace workspace = open("here")) {
            ApiKeysViewModel viewModel = viewModel(workspace);
            viewModel.newKeyNameProperty().set("Web shop");
            viewModel.create().run();
            NewApiKey created = viewModel.createdKeyProperty().get();
            assertThat(created.key().name()).isEqualTo("Web shop");
            viewModel.createdKeyShown();
            assertThat(viewModel.createdKeyProperty().get()).isNull();

            dialogs.answer(false);
            viewModel.revoke(viewModel.rows().get(0).key());
            assertThat(workspace.apiKeys().signingKey(created.accessKeyId())).isPresent();

            dialogs.answer(true);
            viewModel.revoke(viewModel.rows().get(0).key());
            assertThat(workspace.apiKeys().signingKey(created.accessKeyId())).isEmpty();
            assertThat(viewModel.rows().get(0).dates()).contains("; revoked ");
            assertThat(dialogs.confirmations()).hasSize(2).allMatch(question -> question.startsWith("Revoke Web shop?"));
        }
    }

    @Test
    void aNameTooLongForAKeyIsSaidBeforeCreating() {
        new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("here")))
                .create(folder.resolve("keys.tidings"), "Keys").close();
        try (OpenedWorkspace workspace = open("here")) {
            ApiKeysViewModel viewModel = viewModel(workspace);

            viewModel.newKeyNameProperty().set("x".repeat(101));

            assertThat(viewModel.create().canRun()).isFalse();
            assertThat(viewModel.create().whyNot()).isEqualTo("The name is longer than 100 characters.");
            assertThat(viewModel.putEventsUrlProperty().get())
                    .isEqualTo("http://127.0.0.1:8787/v1/apps/" + workspace.apiKeys().applicationId() + "/events");
        }
    }

    @Test
    void onAnotherComputerThePageSaysTheKeysMustBeCreatedAgain() {
        new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("first")))
                .create(folder.resolve("keys.tidings"), "Keys").close();
        try (OpenedWorkspace workspace = open("first")) {
            workspace.apiKeys().create("App");
            workspace.apiKeys().webhookSecret();
        }
        try (OpenedWorkspace moved = open("second")) {
            ApiKeysViewModel viewModel = viewModel(moved);

            assertThat(viewModel.problemProperty().get()).endsWith("The API keys must be created again on this computer.");
            assertThat(viewModel.webhookSecretProperty().get()).isEmpty();
            assertThat(viewModel.rows()).hasSize(1);
        }
    }
}
