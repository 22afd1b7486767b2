package io.tidings.cli;

import io.tidings.workspace.AppDirectories;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** What one in-process run of the command line printed, and its exit code. */
public record CommandRun(int exitCode, String out, String err) {

    public static CommandRun of(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TidingsCommand.commandLine(new AppDirectories(home),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
