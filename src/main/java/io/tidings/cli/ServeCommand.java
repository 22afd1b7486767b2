package io.tidings.cli;

import io.tidings.server.ServerRunner;
import io.tidings.server.ServerSettings;
import io.tidings.server.ServerStatus;
import io.tidings.wiring.OpenedWorkspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tidings serve ...}: the workspace's tracking server and its sending (the engine and the campaign scheduler)
 * without the window, for a host recipients can reach, until Ctrl+C or SIGTERM; then the server stops taking
 * requests, the engine finishes the messages in hand, and the workspace closes.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the workspace's tracking server (open pixel, click redirect, unsubscribe, /health, "
                + "/metrics) and its sending (campaign runs as they come due) until stopped with Ctrl+C or SIGTERM.",
            "Links in the messages sent start with the public base URL saved in Settings, or else with this "
                + "server's own address."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspaceOption;

    @Option(names = "--port", paramLabel = "N",
            description = "The port to listen on (default: the workspace's, 8787 unless changed in Settings; 0 for "
                    + "any free port).")
    private Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "The address to listen on: 127.0.0.1 for this computer only, 0.0.0.0 for every network "
                    + "(default: the workspace's, 127.0.0.1).")
    private String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new ParameterException(spec.commandLine(),
                    "--port must be a whole number from 0 to 65535, not " + port + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OpenedWorkspace workspace = workspaceOption.open();
        ServerRunner server = workspace.trackingServer();
        ServerStatus status;
        try {
            ServerSettings saved = server.settings().load();
            status = server.start(bind == null ? saved.bindAddress() : bind, port == null ? saved.port() : port);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        if (status.state() != ServerStatus.State.LISTENING) {
            workspace.close();
            err.println("The tracking server did not start: " + status.problem());
            return TidingsCommand.FAILED;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            try {
                workspace.close();
                out.println("Stopped; the workspace is closed.");
            } finally {
                closed.countDown();
            }
        }, "tidings-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            workspace.startSending();
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            workspace.close();
            throw e;
        }
        out.println(status.inWords());
        out.println("Links in messages start with " + server.trackingBase().orElse(status.url()));
        out.println("Press Ctrl+C to stop.");
        closed.await();
        return 0;
    }
}
