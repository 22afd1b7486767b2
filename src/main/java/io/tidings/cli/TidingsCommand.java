package io.tidings.cli;

import io.tidings.delivery.SendingElsewhereException;
import io.tidings.store.StoreException;
import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.WorkspaceException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
            TemplateCommand.class, SendCommand.class, OutboxCommand.class, AccountsCommand.class})
public final class TidingsCommand implements Runnable {

    /** Exit code for a request Tidings understood but could not carry out. */
    public static final int FAILED = 1;

    private static final Logger LOG = LoggerFactory.getLogger(TidingsCommand.class);

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
        return commandLine(directories, new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args);
    }

    /** The configured command line, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(AppDirectories directories, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TidingsCommand(directories));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            if (exception instanceof WorkspaceException || exception instanceof IllegalArgumentException
                    || exception instanceof UncheckedIOException || exception instanceof SendingElsewhereException
                    || exception instanceof StoreException) {
                log(failed.getCommandName(), exception);
                failed.getErr().println("tidings: " + exception.getMessage());
                return FAILED;
            }
            throw exception;
        });
        return commandLine;
    }

    /**
     * The workspace's and the store's failures go to the log whole; others only by kind, since their messages may
     * quote the user's files.
     */
    private static void log(String command, Exception failure) {
        if (failure instanceof StoreException || failure instanceof WorkspaceException) {
            LOG.warn("tidings {} failed", command, failure);
        } else {
            LOG.warn("tidings {} refused ({})", command, failure.getClass().getSimpleName());
        }
    }

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
