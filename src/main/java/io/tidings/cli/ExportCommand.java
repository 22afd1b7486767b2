package io.tidings.cli;

import io.tidings.audience.ExportFormat;
import io.tidings.audience.ExportRequest;
import io.tidings.audience.ExportScope;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.work.OutputCheck;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings export ...}: endpoints to a Pinpoint CSV or NDJSON file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export endpoints to a Pinpoint CSV or NDJSON file that import reads back unchanged; gzip-compressed "
                + "when its name ends in .gz.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspaceOption;

    @ArgGroup(exclusive = true)
    private Scope scope;

    static final class Scope {
        @Option(names = "--segment", paramLabel = "NAME", description = "Only the members of this segment.")
        String segment;

        @Option(names = "--user", paramLabel = "USERID", description = "Only this user's endpoints.")
        String userId;
    }

    @Option(names = "--format", required = true, paramLabel = "csv|ndjson", description = "The file format.")
    private ExportFormat format;

    @Option(names = "--activity", paramLabel = "ACTIVITY.ndjson",
            description = "With --user: also write the messages and events recorded for the user here (right of access).")
    private Path activityFile;

    @Option(names = "--no-formula-guard",
            description = "CSV: write every value as it is, for a program to read. By default a value a spreadsheet could"
                    + " run as a formula (starting with =, @, or + or - but not a number) gets a ' in front, which import"
                    + " takes off.")
    private boolean noFormulaGuard;

    @Parameters(paramLabel = "OUT", description = "The file to write.")
    private Path file;

    @Override
    public Integer call() {
        if (activityFile != null && (scope == null || scope.userId == null)) {
            throw new ParameterException(spec.commandLine(), "--activity goes with --user: it writes one user's messages "
                    + "and events");
        }
        // Checked before the endpoints are written; the export checks its own file.
        OutputCheck.workspace(workspaceOption.file()).and("the file the endpoints go to", file).check(activityFile);
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        long written;
        long activity = 0;
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            written = workspace.audienceExport().run(new ExportRequest(format, scopeOf(), file, !noFormulaGuard), progress);
            if (activityFile != null) {
                activity = workspace.userActivity().export(scope.userId, activityFile);
            }
        } finally {
            progress.finish();
        }
        spec.commandLine().getOut().printf("Wrote %,d %s to %s%n", written, written == 1 ? "endpoint" : "endpoints", file);
        if (activityFile != null) {
            spec.commandLine().getOut().printf("Wrote %,d %s to %s%n", activity,
                    activity == 1 ? "message or event" : "messages and events", activityFile);
        }
        return 0;
    }

    private ExportScope scopeOf() {
        if (scope == null) {
            return new ExportScope.All();
        }
        return scope.segment != null ? new ExportScope.Segment(scope.segment) : new ExportScope.User(scope.userId);
    }
}
