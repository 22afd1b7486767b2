package io.tidings.cli;

import io.tidings.analytics.EventImportResult;
import io.tidings.analytics.EventRetention;
import io.tidings.analytics.RejectedEvent;
import io.tidings.analytics.RetentionPeriod;
import io.tidings.wiring.OpenedWorkspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings events ...}: engagement events into a workspace. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Import engagement events (Pinpoint events or event-stream records, one JSON a line, or CSV); "
                + "show or set how long raw events are kept.")
final class EventsCommand {

    private static final int REJECTIONS_SHOWN = 10;

    @Spec
    private CommandSpec spec;

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import events from FILE: NDJSON, each line a Pinpoint event (EventType, Timestamp, "
                    + "Attributes, Metrics, with EndpointId and UserId) or an event-stream record as Kinesis or "
                    + "Firehose delivered it (event_type, event_timestamp, client, attributes...); or CSV with the "
                    + "columns EventType, Timestamp, EndpointId, UserId, SessionId, Attributes.NAME, Metrics.NAME. "
                    + "gzip-compressed or not.",
                "By default the first bad line stops the import and nothing is kept."})
    int importEvents(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--skip-bad-lines",
                    description = "Import the good lines and list the bad ones (default: import nothing if any is bad).")
            boolean skipBadLines,
            @Parameters(paramLabel = "FILE", description = "The events file (.csv for CSV, else NDJSON).") Path file) {
        PrintWriter out = spec.commandLine().getOut();
        EventImportResult result;
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            result = workspace.eventImport().run(file, skipBadLines);
        }
        if (result.stoppedAtError()) {
            out.printf("Stopped at line %,d of %s, the first bad line, so nothing of the file was kept:%n",
                    result.stoppedAtLine(), file.getFileName());
        } else {
            out.printf("Read %,d %s from %s: %,d events imported, %,d rejected%n", result.linesRead(),
                    result.linesRead() == 1 ? "line" : "lines", file.getFileName(), result.imported(), result.rejected());
        }
        int shown = 0;
        for (RejectedEvent rejected : result.rejections()) {
            if (shown++ == REJECTIONS_SHOWN) {
                out.printf("  and %,d more rejected lines%n", result.rejected() - REJECTIONS_SHOWN);
                break;
            }
            out.printf("  line %d: %s%s%n", rejected.line(), rejected.field().isEmpty() ? "" : rejected.field() + ": ",
                    rejected.reason());
        }
        if (result.stoppedAtError()) {
            out.println("Nothing was imported: the workspace is unchanged. Fix the line, or run again with "
                    + "--skip-bad-lines.");
            return TidingsCommand.FAILED;
        }
        return 0;
    }

    @Command(name = "retention", mixinStandardHelpOptions = true,
            description = {"Show or set how long the workspace keeps raw events (default 90 days, as Pinpoint).",
                "Older events are purged once a day while the app or 'tidings serve' runs; the daily rollups, and so "
                        + "every KPI, are kept."})
    int retention(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--days", paramLabel = "N", description = "Keep raw events for N days.") Integer days,
            @Option(names = "--unlimited", description = "Keep raw events for ever.") boolean unlimited) {
        PrintWriter out = spec.commandLine().getOut();
        if (days != null && unlimited) {
            throw new IllegalArgumentException("Give --days N or --unlimited, not both.");
        }
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            EventRetention retention = workspace.eventRetention();
            if (days != null || unlimited) {
                retention.setRetention(unlimited ? RetentionPeriod.UNLIMITED : RetentionPeriod.ofDays(days));
            }
            RetentionPeriod period = retention.retention();
            out.println(period.unlimited() ? "Raw events are kept for ever."
                    : "Raw events are kept for " + period.days().getAsInt() + (period.days().getAsInt() == 1 ? " day" : " days")
                            + "; older ones are purged daily while the app or 'tidings serve' runs. The daily rollups "
                            + "(every KPI) are kept.");
        }
        return 0;
    }
}
