package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.email.SilentServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SMTP server that accepts connections and never answers: the progress line says what the job waits for, and
 * the job pauses after a few unanswered messages with a reason naming the server and the timeout, instead of
 * retrying each message for minutes.
 */
class SilentSmtpSendTest {

    @TempDir
    Path folder;

    @Test
    void theJobPausesSoonSayingWhichServerDidNotAnswerForHowLong() throws Exception {
        Path workspace = SendingWorkspace.create(folder.resolve("silent.tidings"), 10, 0);
        try (SilentServer server = new SilentServer()) {
            long started = System.nanoTime();

            CommandRun sent = CommandRun.of(folder, "send", "--workspace", workspace.toString(), "--template",
                    SendingWorkspace.TEMPLATE, "--segment", SendingWorkspace.SEGMENT, "--smtp-host", "127.0.0.1",
                    "--smtp-port", Integer.toString(server.port()), "--smtp-security", "none", "--from",
                    "news@shop.example", "--smtp-connect-timeout", "2", "--smtp-read-timeout", "3");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(sent.err()).isLessThan(Duration.ofSeconds(40));
            assertThat(sent.exitCode()).as(sent.err()).isEqualTo(TidingsCommand.FAILED);
            assertThat(sent.out()).contains("Job 1 is paused: Paused: no answer to 3 messages in a row. The server "
                    + "127.0.0.1:" + server.port() + " did not answer within 3 s (the SMTP read timeout).");
            assertThat(sent.err()).contains("waiting for 127.0.0.1 (no answer for 2 s)");
            assertThat(SendingWorkspace.firstJobState(workspace)).isEqualTo("PAUSED");
        }
    }
}
