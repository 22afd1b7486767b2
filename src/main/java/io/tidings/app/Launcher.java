package io.tidings.app;

import io.tidings.cli.TidingsCommand;
import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.WorkspaceService;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * The jar's entry point. With no arguments it opens the window, and with one naming a workspace file it opens the
 * window on that file; with other arguments it runs the command line and exits with its code. It does not extend {@code Application}, so that
 * {@code java -jar} works with JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * True for one argument naming a workspace file ({@code tidings shop.tidings}), as a file manager passes it when
     * the user opens the file: the window opens with it.
     */
    static boolean opensAWorkspace(String[] args) {
        return args.length == 1 && !args[0].startsWith("-")
                && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(WorkspaceService.EXTENSION);
    }

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.fromEnvironment();
        // Before the first logger is created: logback.xml reads this to place the log file.
        System.setProperty("tidings.log.dir", directories.logs().toString());
        // Logback reads its configuration in about a third of a second of a cold start: let it do so beside
        // the window's or the command line's own setting up. A logger asked for meanwhile gets its events later;
        // SLF4J's note that it replays them is for developers, not for the terminal of a command's user.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "logging-setup");
        logging.setDaemon(true);
        logging.start();
        if (args.length == 0 || opensAWorkspace(args)) {
            Application.launch(TidingsApp.class, args);
        } else {
            System.exit(TidingsCommand.run(directories, args));
        }
    }
}
