package io.tidings.audience.ui;

import io.tidings.audience.AudienceExport;
import io.tidings.audience.UserActivity;
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

    private final AudienceExport audienceExport;
    private final UserActivity userActivity;
    private final BackgroundWork background;
    private final DialogService dialogs;

    AudienceExports(AudienceExport audienceExport, UserActivity userActivity, BackgroundWork background,
            DialogService dialogs) {
        this.audienceExport = audienceExport;
        this.userActivity = userActivity;
        this.background = background;
        this.dialogs = dialogs;
    }

    void export(ExportScope scope, Path file, String title) {
        ExportFormat format = formatOf(file);
        background.run(BackgroundJob.of(title, progress ->
                        audienceExport.run(new ExportRequest(format, scope, file), progress))
                .onSuccess(count -> dialogs.showInformation("Export finished",
                        "%,d %s written to %s.".formatted(count, count == 1 ? "endpoint was" : "endpoints were", file)))
                .onFailure(error -> dialogs.showError("The export failed", error.getMessage())));
    }

    /**
     * A user's data for a right-of-access request: their endpoints in {@code file} (Pinpoint's
     * format, as chosen), and the messages and events recorded for them in a file beside it.
     */
    void exportUser(String userId, Path file) {
        Path activity = activityFileBeside(file);
        background.run(BackgroundJob.of("Exporting user " + userId, progress -> new UserExport(
                        audienceExport.run(new ExportRequest(formatOf(file), new ExportScope.User(userId), file),
                                progress),
                        userActivity.export(userId, activity)))
                .onSuccess(written -> dialogs.showInformation("Export finished", ("User %s: %,d %s written to %s, and "
                        + "%,d %s to %s.").formatted(userId, written.endpoints(), written.endpoints() == 1 ? "endpoint"
                        : "endpoints", file, written.activity(), written.activity() == 1 ? "message or event"
                        : "messages and events", activity)))
                .onFailure(error -> dialogs.showError("The export failed", error.getMessage())));
    }

    /** What a user's export wrote: their endpoints, and the messages and events recorded for them. */
    private record UserExport(long endpoints, long activity) {
    }

    /** "ann.json" -> "ann-activity.ndjson"; "ann.csv.gz" -> "ann-activity.ndjson.gz". */
    static Path activityFileBeside(Path file) {
        String name = file.getFileName().toString();
        boolean gzip = name.toLowerCase(Locale.ROOT).endsWith(".gz");
        String base = name.replaceFirst("(?i)(\\.gz)$", "").replaceFirst("\\.[^.]*$", "");
        return file.resolveSibling(base + "-activity.ndjson" + (gzip ? ".gz" : ""));
    }

    /** NDJSON for .json, .ndjson and .jsonl files, gzip-compressed (.gz after) or not; CSV otherwise. */
    static ExportFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl")
                ? ExportFormat.NDJSON
                : ExportFormat.CSV;
    }
}
