package io.tidings.audience.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.audience.ImportFormat;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.wiring.OpenedWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audience's save dialogs refuse the open workspace and the file being imported, saying why. */
class SaveOverWorkspaceTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private Path workspaceFile;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ImmediateBackgroundWork background = new ImmediateBackgroundWork();

    @BeforeEach
    void open() {
        workspace = ScreenTestSetup.emptyWorkspace(folder);
        workspaceFile = workspace.workspace().file();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void exportingTheAudienceOverTheWorkspaceIsRefused() throws IOException {
        byte[] before = Files.readAllBytes(workspaceFile);
        AudienceViewModel audience = new AudienceViewModel(workspace.audience(), workspace.audienceImport(),
                workspace.audienceExport(), workspace.userActivity(), background, dialogs);

        dialogs.answer(workspaceFile);
        audience.exportAll();

        assertThat(dialogs.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains(workspaceFile.toString(), "the open workspace"));
        assertThat(Files.readAllBytes(workspaceFile)).isEqualTo(before);
    }

    @Test
    void theImportReportIsNotSavedOverTheImportedFileNorTheWorkspace() throws IOException {
        String rows = "ChannelType,Address\nEMAIL,ann@example.com\nEMAIL,nobody\n";
        Path source = Files.writeString(folder.resolve("people.csv"), rows);
        ImportViewModel wizard = new ImportViewModel(workspace.audienceImport(), background, dialogs, source,
                ImportFormat.CSV, () -> { });
        wizard.start();
        assertThat(wizard.resultProperty().get().rejected()).isEqualTo(1);
        byte[] before = Files.readAllBytes(workspaceFile);

        dialogs.answer(source).answer(workspaceFile);
        wizard.saveRowsToCorrect();
        wizard.saveRejectedRows();

        assertThat(dialogs.errors()).hasSize(2);
        assertThat(dialogs.errors().get(0).message()).contains(source.toString(), "the file being imported");
        assertThat(dialogs.errors().get(1).message()).contains(workspaceFile.toString(), "the open workspace");
        assertThat(Files.readString(source)).isEqualTo(rows);
        assertThat(Files.readAllBytes(workspaceFile)).isEqualTo(before);
    }
}
