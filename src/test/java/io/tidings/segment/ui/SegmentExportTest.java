package io.tidings.segment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.wiring.OpenedWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting a segment as Pinpoint JSON never writes over the open workspace or its log. */
class SegmentExportTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void exportingOverTheWorkspaceOrItsLogIsRefused() throws IOException {
        workspace = ScreenTestSetup.emptyWorkspace(folder);
        Path workspaceFile = workspace.workspace().file();
        RecordingDialogs dialogs = new RecordingDialogs();
        SegmentsViewModel segments = new SegmentsViewModel(workspace.segments(), workspace.segmentFields(),
                workspace.audienceExport(), new ImmediateBackgroundWork(), dialogs);
        segments.builder().startNew();
        segments.builder().groups().get(0).criteria().get(0).valuesProperty().set("DE");
        byte[] before = Files.readAllBytes(workspaceFile);
        Path log = Path.of(workspaceFile + "-wal");

        dialogs.answer(workspaceFile).answer(log);
        segments.exportJson();
        segments.exportJson();

        assertThat(dialogs.errors()).hasSize(2);
        assertThat(dialogs.errors().get(0).message()).contains(workspaceFile.toString(), "the open workspace");
        assertThat(dialogs.errors().get(1).message()).contains(log.toString());
        assertThat(Files.readAllBytes(workspaceFile)).isEqualTo(before);
    }
}
