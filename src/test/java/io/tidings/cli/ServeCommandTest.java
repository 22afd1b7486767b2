package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.wiring.OpenedWorkspace;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings serve}: listens, answers, and stops cleanly on SIGTERM; a port in use is refused in words. */
class ServeCommandTest {

    private static final Pattern LISTENING = Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path folder;

    private Path workspace;

    @BeforeEach
    void createWorkspace() {
        workspace = folder.resolve("serve.tidings");
        assertThat(CommandRun.of(folder.resolve("home"), "workspace", "create", workspace.toString()).exitCode())
                .isZero();
    }

    @Test
    void servesUntilSigtermThenClosesTheWorkspace() throws Exception {
        Process child = ChildTidings.start(folder, "serve.log", "serve", "--workspace", workspace.toString(),
                "--port", "0");
        try {
            String base = awaitListening(child);

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(ChildTidings.log(folder, "serve.log")).contains("Links in messages start with " + base);

            child.destroy();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as(ChildTidings.log(folder, "serve.log")).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(ChildTidings.log(folder, "serve.log")).contains("Stopped; the workspace is closed.")
                .doesNotContain("Exception");
        // The engine's sending lock is free again: another Tidings can send from the workspace.
        try (OpenedWorkspace reopened = WorkspaceOption.wiring().open(workspace)) {
            assertThat(reopened.delivery().start()).isZero();
        }
    }

    @Test
    void aPortInUseIsRefusedInWords() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run = CommandRun.of(folder.resolve("home"), "serve", "--workspace", workspace.toString(),
                    "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("Port " + taken.getLocalPort() + " on 127.0.0.1 is in use by another program")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void anAddressThatIsNotThisComputersIsRefusedInWords() {
        CommandRun run = CommandRun.of(folder.resolve("home"), "serve", "--workspace", workspace.toString(),
                "--port", "0", "--bind", "203.0.113.7");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("203.0.113.7 is not an address of this computer");
    }

    @Test
    void aPortOutOfRangeIsAMistakeInTheCommand() {
        CommandRun run = CommandRun.of(folder.resolve("home"), "serve", "--workspace", workspace.toString(),
                "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port must be a whole number from 0 to 65535");
    }

    /** Waits for the child's "Listening on" line; fails with its log if it ends or takes too long. */
    private String awaitListening(Process child) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(ChildTidings.log(folder, "serve.log"));
            if (listening.find()) {
                return listening.group(1);
            }
            if (!child.isAlive()) {
                throw new AssertionError("serve ended: " + ChildTidings.log(folder, "serve.log"));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not say where it listens: " + ChildTidings.log(folder, "serve.log"));
    }
}
