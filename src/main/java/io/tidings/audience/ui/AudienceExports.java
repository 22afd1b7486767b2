package io.tidings.audience.ui;

import io.tidings.app.WorkspaceServices;
import io.tidings.audience.ExportFormat;
import io.tidings.audience.ExportRequest;
import io.tidings.audience.ExportScope;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import java.nio.file.Path;
import java.util.Locale;

/** Runs an audience export in the background and tells the user where it went. */
final class AudienceExports {

    private final WorkspaceServices workspace;
    private final BackgroundWork background;
    private final DialogService dialogs;

    AudienceExports(WorkspaceServices workspace, BackgroundWork background, DialogService dialogs) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
    }

    void export(ExportScope scope, Path file, String title) {
        ExportFormat format = formatOf(file);
        background.run(BackgroundJob.of(title, progress ->
                        workspace.audienceExport().run(new ExportRequest(format, scope, file), progress))
                .onSuccess(count -> dialogs.showInformation("Export finished",
                        "%,d %s written to %s.".formatted(count, count == 1 ? "endpoint was" : "endpoints were", file)))
                .onFailure(error -> dialogs.showError("The export failed", error.getMessage())));
    }

    /** NDJSON for .json, .ndjson and .jsonl files, gzip-compressed (.gz after) or not; CSV otherwise. */
    static ExportFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl")
                ? ExportFormat.NDJSON
                : ExportFormat.CSV;
    }
}
