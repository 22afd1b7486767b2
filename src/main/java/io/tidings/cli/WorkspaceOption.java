package io.tidings.cli;

import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --workspace W} option of every command that works on a workspace, and the one way the command line
 * opens one: through the composition root, which builds the workspace's services.
 */
final class WorkspaceOption {

    private static final Wiring WIRING = new Wiring(Wiring.Host.COMMAND_LINE);

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    // Not required by picocli: 'outbox --workspace W' lists jobs while 'outbox show --workspace W' takes its own.
    @Option(names = "--workspace", paramLabel = "W", description = "The workspace file (required).")
    private Path file;

    /** The workspace file as given. */
    Path file() {
        if (file == null) {
            throw new ParameterException(command.commandLine(), "Missing required option: '--workspace=W'");
        }
        return file;
    }

    /** Opens the workspace with its services; the caller closes it. */
    OpenedWorkspace open() {
        return WIRING.open(file());
    }

    /** The composition root the command line opens workspaces through. */
    static Wiring wiring() {
        return WIRING;
    }
}
