package io.tidings.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.wiring.OpenedWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting a template from the Templates screen never writes over the open workspace. */
class TemplateExportTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void exportingOverTheWorkspaceIsRefused() throws IOException {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        Path workspaceFile = workspace.workspace().file();
        RecordingDialogs dialogs = new RecordingDialogs();
        ImmediateBackgroundWork background = new ImmediateBackgroundWork();
        TemplateEditorViewModel editor = new TemplateEditorViewModel(workspace.templates(),
                workspace.templatePreviewer(), new FakePreviewEndpoints(List.of(), Set.of()), background, Duration.ZERO);
        TemplatesViewModel templates = new TemplatesViewModel(workspace.templates(), editor, background, dialogs);
        templates.refresh();
        templates.select(templates.templates().get(0));
        byte[] before = Files.readAllBytes(workspaceFile);

        dialogs.answer(workspaceFile);
        templates.exportTemplate();

        assertThat(dialogs.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains(workspaceFile.toString(), "the open workspace"));
        assertThat(Files.readAllBytes(workspaceFile)).isEqualTo(before);
    }
}
