package io.tidings.cli;

import io.tidings.audience.AudienceImport;
import io.tidings.audience.ColumnMapping;
import io.tidings.audience.MappingFile;
import io.tidings.audience.ErrorPolicy;
import io.tidings.audience.ImportFormat;
import io.tidings.audience.ImportRequest;
import io.tidings.audience.ImportResult;
import io.tidings.audience.RejectedRow;
import io.tidings.wiring.OpenedWorkspace;
import java.io.PrintWriter;
import io.tidings.work.OutputCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings import ...}: endpoints from a Pinpoint CSV or NDJSON file into a workspace. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import endpoints from a Pinpoint CSV or JSON file (one endpoint a line, or a request or response"
                + " as the AWS command line takes and gives it), gzip-compressed or not. A row with a known Id updates"
                + " that endpoint; a row without one updates the endpoint with its channel and address, if any.")
final class ImportCommand implements Callable<Integer> {

    private static final int REJECTIONS_SHOWN = 10;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspaceOption;

    @Option(names = "--segment", paramLabel = "NAME",
            description = "Create or refresh the imported segment NAME with exactly the endpoints of this file.")
    private String segment;

    @Option(names = "--errors", paramLabel = "OUT.csv", description = "Write every rejected row here (line, field, reason).")
    private Path errorsFile;

    @Option(names = "--rejected-rows", paramLabel = "OUT",
            description = "Write the rejected rows here as the file had them (its header and cells, or its JSON lines),"
                    + " to correct and import again.")
    private Path rejectedRowsFile;

    @Option(names = "--skip-bad-rows",
            description = "Import the good rows and leave out the bad ones (default: import nothing if any row is bad).")
    private boolean skipBadRows;

    @Option(names = "--format", paramLabel = "csv|ndjson", description = "The file's format (default: from its name).")
    private ImportFormat format;

    @Option(names = "--map", paramLabel = "HEADER=FIELD", mapFallbackValue = "",
            description = "For a CSV whose header is not Pinpoint's: the column HEADER goes to the Pinpoint field FIELD"
                    + " (Address, ChannelType, User.UserId, Location.Country, User.UserAttributes.FirstName,"
                    + " Attributes.NAME, Metrics.NAME…). Repeat for each column; columns not named are left out.")
    private java.util.LinkedHashMap<String, String> map;

    @Option(names = "--mapping", paramLabel = "FILE.json",
            description = "The columns' fields from a file, as the import wizard saves it:"
                    + " {\"Columns\": {\"email\": \"Address\"}, \"ChannelType\": \"EMAIL\"}. --map entries override it.")
    private Path mappingFile;

    @Option(names = "--channel", paramLabel = "TYPE",
            description = "With --map or --mapping: the channel (EMAIL, SMS…) of rows that have no channel column.")
    private String channel;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Override
    public Integer call() {
        // Ctrl+C stops the import where it is, and it still says what landed before the process exits.
        try (StopOnSignal stop = StopOnSignal.install()) {
            PrintWriter out = spec.commandLine().getOut();
            int exit = importAndReport(out, stop);
            out.flush();
            return exit;
        }
    }

    private int importAndReport(PrintWriter out, StopOnSignal stop) {
        // The import guards the workspace and the file it reads; the mapping file is this command's own input.
        OutputCheck besideMapping = OutputCheck.workspace(workspaceOption.file()).and("the mapping file (--mapping)",
                mappingFile);
        besideMapping.check(errorsFile);
        besideMapping.check(rejectedRowsFile);
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), stop::requested);
        ImportResult result;
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            AudienceImport audienceImport = workspace.audienceImport();
            ErrorPolicy policy = skipBadRows ? ErrorPolicy.SKIP_BAD_ROWS : ErrorPolicy.STOP_AT_FIRST_ERROR;
            result = audienceImport.run(new ImportRequest(file, format, columnMapping(audienceImport), policy, segment,
                    errorsFile, rejectedRowsFile), progress);
        } finally {
            progress.finish();
        }
        if (result.stoppedAtError()) {
            // "Read 1 row" of a longer file would read as if the file were short: say where it stopped instead.
            out.printf("Stopped at line %,d of %s, the first rejected row (%,d rejected), so nothing of the file was kept:%n",
                    result.stoppedAtLine(), file.getFileName(), result.rejected());
        } else {
            out.printf("Read %,d %s from %s: %,d created, %,d updated, %,d unchanged, %,d rejected%n", result.rowsRead(),
                    result.rowsRead() == 1 ? "row" : "rows", file.getFileName(), result.created(), result.updated(),
                    result.unchanged(), result.rejected());
        }
        if (result.rejected() > 0) {
            printRejections(out, result);
        }
        if (result.stoppedAtError()) {
            out.println("Nothing was imported: the workspace is unchanged. Fix the row, or run again with --skip-bad-rows.");
            return TidingsCommand.FAILED;
        }
        if (result.segmentName() != null) {
            out.printf("Segment \"%s\" now holds the endpoints %s%n", result.segmentName(),
                    result.cancelled() ? "imported before the stop" : "of this file");
        }
        if (result.cancelled()) {
            out.println(result.lastLineLanded() > 0
                    ? "Stopped: the rows up to line %,d are in the workspace; the rest of the file was not imported."
                            .formatted(result.lastLineLanded())
                    : "Stopped: nothing of this file was imported; the workspace is unchanged.");
            return TidingsCommand.FAILED;
        }
        return 0;
    }

    /** The mapping the options give, checked against the file's header; null when none is given (Pinpoint's CSV). */
    private ColumnMapping columnMapping(AudienceImport audienceImport) {
        if ((map == null || map.isEmpty()) && mappingFile == null) {
            if (channel != null) {
                throw new IllegalArgumentException("--channel goes with --map or --mapping: a Pinpoint CSV has its "
                        + "ChannelType column.");
            }
            return null;
        }
        MappingFile fromFile = mappingFile == null ? new MappingFile(java.util.Map.of(), null) : MappingFile.read(mappingFile);
        java.util.Map<String, String> columns = new java.util.LinkedHashMap<>(fromFile.columns());
        if (map != null) {
            columns.putAll(map);
        }
        MappingFile mapping = new MappingFile(columns, channel != null ? channel : fromFile.channelType());
        return mapping.forHeaders(audienceImport.headers(file));
    }

    private void printRejections(PrintWriter out, ImportResult result) {
        // The row that stopped an import is shown with every problem it has, to be corrected at once.
        int showing = result.stoppedAtError() ? result.rejections().size() : REJECTIONS_SHOWN;
        List<RejectedRow> shown = result.rejections().subList(0, Math.min(showing, result.rejections().size()));
        for (RejectedRow rejected : shown) {
            String field = rejected.field().isEmpty() ? "" : rejected.field() + ": ";
            out.printf("  line %d: %s%s%n", rejected.line(), field, rejected.reason());
        }
        boolean moreProblems = result.rejections().size() > shown.size() || result.rejected() > result.rejections().size();
        if (errorsFile != null) {
            out.printf("Every rejected row is listed in %s%n", errorsFile);
        } else if (moreProblems) {
            out.printf("  and more: --errors OUT.csv lists every rejected row%n");
        }
        if (rejectedRowsFile != null) {
            out.printf("The rejected rows, to correct and import again, are in %s%n", rejectedRowsFile);
        }
    }
}
