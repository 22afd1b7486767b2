package io.tidings.cli;

import io.tidings.workspace.AppDirectories;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tidings}: the command line on the same jar as the app. */
@Command(
        name = "tidings",
        mixinStandardHelpOptions = true,
        versionProvider = TidingsCommand.Version.class,
        description = "Tidings, the marketer's workbench. Run with no arguments to open the app.",
        subcommands = {WorkspaceCommand.class, ImportCommand.class, ExportCommand.class, SegmentCommand.class,
            TemplateCommand.class, CampaignCommand.class, SendCommand.class, OutboxCommand.class, AccountsCommand.class,
            EventsCommand.class, KpiCommand.class, ServeCommand.class, ApiKeyCommand.class,
            JourneyCommand.class})
public final class TidingsCommand implements Runnable {

    /** Exit code for a request Tidings understood but could not carry out. */
    public static final int FAILED = 1;

    @Spec
    private CommandSpec spec;

    private final AppDirectories directories;

    TidingsCommand(AppDirectories directories) {
        this.directories = directories;
    }

    AppDirectories directories() {
        return directories;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code. */
    public static int run(AppDirectories directories, String... args) {
        PrintWriter err = new PrintWriter(System.err, true);
        // A failure on another thread (the sending engine's, say) is told in a sentence too, its trace logged.
        Thread.setDefaultUncaughtExceptionHandler(new CommandFailures(directories.logFile()).inBackground(err));
        return commandLine(directories, new PrintWriter(System.out, true), err).execute(args);
    }

    /** The configured command line, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(AppDirectories directories, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TidingsCommand(directories));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(CommandFailures.catchingErrors());
        commandLine.setExecutionExceptionHandler(new CommandFailures(directories.logFile()));
        return commandLine;
    }

    /**
     * The workspace's and the store's failures go to the log whole; others only by kind, since their messages may
     * quote the user's files.
     */

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "Tidings " + BuildInfo.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
