package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.tidings.channel.email.SmtpSettings;
import io.tidings.cli.RecordingSmtpServer.Received;
import io.tidings.delivery.DeliverySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: {@code tidings send} runs in a child JVM against an SMTP server in this JVM, is
 * killed with SIGKILL while the server holds messages the engine has not heard back about, and
 * {@code tidings outbox resume} in a second child JVM finishes the job. The waits are for states, never for
 * times: the server holds its replies after a number of messages, so the job stands still mid-way until the kill.
 */
class SendCrashTest {

    private static final int ENDPOINTS = 2_000;
    /** The most messages in flight at once: one per worker, and no more than the SMTP connections. */
    private static final int IN_FLIGHT = Math.min(DeliverySettings.defaults().workers(), SmtpSettings.DEFAULT_POOL_SIZE);
    private static final int SENT_BEFORE_THE_HOLD = 500;
    /** Generous for a slow shared machine; the waits end as soon as the state is reached. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final int SIGKILL_EXIT = ChildTidings.SIGKILL_EXIT;
    private static final int SIGTERM_EXIT = 128 + 15;
    private static final Pattern LEDGER_ID = Pattern.compile("<(\\d+)@shop\\.example>");

    @TempDir
    Path folder;

    private Path workspace;
    private RecordingSmtpServer server;

    @BeforeEach
    void workspaceAndServer() throws IOException {
        workspace = SendingWorkspace.create(folder.resolve("crash.tidings"), ENDPOINTS, 0);
        server = new RecordingSmtpServer().holdRepliesAfter(SENT_BEFORE_THE_HOLD);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void aJobKilledMidwayIsResumedAndEveryEndpointGetsExactlyOneMessage() throws Exception {
        Process sender = tidings("send.log", "send", "--workspace", workspace.toString(), "--template",
                SendingWorkspace.TEMPLATE, "--segment", SendingWorkspace.SEGMENT, "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(server.port()), "--smtp-security", "none", "--from", "news@shop.example");
        awaitEveryWorkerHeld(sender, "send.log");
        // Outcomes are committed in groups a few milliseconds apart; the kill comes once the confirmed messages are
        // in the ledger, so that exactly the held ones are unknown (a kill inside that window would also repeat the
        // confirmed messages not yet committed, with their same Message-ID).
        awaitLedgerSent(SENT_BEFORE_THE_HOLD, sender, "send.log");
        Set<Long> heldIds = ledgerIds(server.received().subList(SENT_BEFORE_THE_HOLD, server.received().size()));

        sender.destroyForcibly();
        assertThat(sender.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(sender.exitValue()).as("destroyForcibly() is SIGKILL").isEqualTo(SIGKILL_EXIT);
        server.release();

        Map<Long, String> atKill = SendingWorkspace.ledger(workspace);
        Set<Long> sentAtKill = idsIn(atKill, "SENT");
        Set<Long> sendingAtKill = idsIn(atKill, "SENDING");
        assertThat(SendingWorkspace.firstJobState(workspace)).as("no shutdown hook ran").isEqualTo("RUNNING");
        assertThat(sentAtKill).hasSizeGreaterThanOrEqualTo(300).hasSizeLessThan(ENDPOINTS);
        assertThat(sendingAtKill).isNotEmpty().containsAll(heldIds);

        Process resumer = tidings("resume.log", "outbox", "resume", "--workspace", workspace.toString(),
                "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(server.port()), "--smtp-security", "none",
                "--from", "news@shop.example");
        assertThat(resumer.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as(log("resume.log")).isTrue();
        assertThat(resumer.exitValue()).as(log("resume.log")).isZero();
        assertThat(log("resume.log")).contains(sendingAtKill.size() + " messages were in flight when Tidings stopped");

        Map<Long, String> atEnd = SendingWorkspace.ledger(workspace);
        assertThat(atEnd).hasSize(ENDPOINTS);
        assertThat(idsIn(atEnd, "SENT")).hasSize(ENDPOINTS);
        assertThat(SendingWorkspace.firstJobState(workspace)).isEqualTo("DONE");

        List<Received> received = server.received();
        assertEveryEndpointGotExactlyOneMessageOnceRepeatsAreCollapsed(received, atEnd.keySet());
        Map<Long, Long> copiesById = received.stream().collect(
                Collectors.groupingBy(message -> ledgerId(message.messageId()), Collectors.counting()));
        Set<Long> repeatedIds = copiesById.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        long rawRepeats = received.size() - copiesById.size();
        assertThat(rawRepeats).isLessThanOrEqualTo(sendingAtKill.size()).isLessThanOrEqualTo(IN_FLIGHT);
        assertThat(repeatedIds).as("the messages the server had but the ledger did not know were sent again")
                .isEqualTo(heldIds).isSubsetOf(sendingAtKill).doesNotContainAnyElementsOf(sentAtKill);
        assertThat(copiesById.values()).allMatch(copies -> copies <= 2);
    }

    @Test
    void stoppingTheSenderPausesTheJobCleanlyAndResumeSendsTheRestWithNoRepeats() throws Exception {
        Process sender = tidings("send.log", "send", "--workspace", workspace.toString(), "--template",
                SendingWorkspace.TEMPLATE, "--segment", SendingWorkspace.SEGMENT, "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(server.port()), "--smtp-security", "none", "--from", "news@shop.example");
        awaitEveryWorkerHeld(sender, "send.log");

        sender.destroy();
        server.release();
        assertThat(sender.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertThat(sender.exitValue()).as("destroy() is SIGTERM").isEqualTo(SIGTERM_EXIT);
        assertThat(log("send.log")).contains("Paused job 1 before stopping: ")
                .contains("To carry on: tidings outbox resume --workspace " + workspace);
        assertThat(SendingWorkspace.firstJobState(workspace)).isEqualTo("PAUSED");
        Map<Long, String> atStop = SendingWorkspace.ledger(workspace);
        assertThat(idsIn(atStop, "SENDING")).isEmpty();
        assertThat(idsIn(atStop, "SENT")).hasSizeGreaterThanOrEqualTo(SENT_BEFORE_THE_HOLD + IN_FLIGHT);

        CommandRun resumed = CommandRun.of(folder, "outbox", "resume", "--workspace", workspace.toString(),
                "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(server.port()), "--smtp-security", "none",
                "--from", "news@shop.example");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).doesNotContain("in flight").contains("Job 1 is done: 2,000 sent, 0 failed");
        Map<Long, String> atEnd = SendingWorkspace.ledger(workspace);
        assertThat(idsIn(atEnd, "SENT")).hasSize(ENDPOINTS);
        assertThat(server.received()).hasSize(ENDPOINTS);
        assertEveryEndpointGotExactlyOneMessageOnceRepeatsAreCollapsed(server.received(), atEnd.keySet());
    }

    private Process tidings(String logName, String... args) throws IOException {
        return ChildTidings.start(folder, logName, args);
    }

    /** Waits until every worker holds a message the server has received but not yet answered. */
    private void awaitEveryWorkerHeld(Process sender, String logName) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (server.holding() < IN_FLIGHT) {
            if (!sender.isAlive()) {
                fail("tidings send ended early (exit " + sender.exitValue() + "): " + log(logName));
            }
            if (System.nanoTime() > deadline) {
                sender.destroyForcibly();
                fail("The server was holding " + server.holding() + " messages after " + PATIENCE + ": " + log(logName));
            }
            Thread.sleep(50);
        }
    }

    private void awaitLedgerSent(int count, Process sender, String logName) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (idsIn(SendingWorkspace.ledger(workspace), "SENT").size() < count) {
            if (!sender.isAlive()) {
                fail("tidings send ended early (exit " + sender.exitValue() + "): " + log(logName));
            }
            if (System.nanoTime() > deadline) {
                sender.destroyForcibly();
                fail("The ledger did not show " + count + " messages sent after " + PATIENCE + ": " + log(logName));
            }
            Thread.sleep(50);
        }
    }

    private static void assertEveryEndpointGotExactlyOneMessageOnceRepeatsAreCollapsed(List<Received> received,
            Set<Long> ledgerIds) {
        Map<String, Set<String>> messageIdsByRecipient = received.stream().collect(Collectors.groupingBy(
                Received::recipient, Collectors.mapping(Received::messageId, Collectors.toSet())));
        Set<String> everyEndpoint = IntStream.range(0, ENDPOINTS).mapToObj(SendingWorkspace::address)
                .collect(Collectors.toSet());
        assertThat(messageIdsByRecipient.keySet()).isEqualTo(everyEndpoint);
        assertThat(messageIdsByRecipient.values()).allMatch(ids -> ids.size() == 1);
        assertThat(received.stream().map(message -> ledgerId(message.messageId())).collect(Collectors.toSet()))
                .isEqualTo(ledgerIds);
    }

    private static Set<Long> ledgerIds(List<Received> messages) {
        return messages.stream().map(message -> ledgerId(message.messageId())).collect(Collectors.toSet());
    }

    private static long ledgerId(String messageId) {
        Matcher matcher = LEDGER_ID.matcher(messageId);
        if (!matcher.matches()) {
            throw new AssertionError("Not a Message-ID Tidings writes: " + messageId);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static Set<Long> idsIn(Map<Long, String> ledger, String state) {
        return ledger.entrySet().stream().filter(row -> row.getValue().equals(state)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private String log(String logName) {
        return ChildTidings.log(folder, logName);
    }
}
