package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.delivery.JobState;
import io.tidings.store.Database;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job carries on through the account it was created with: {@code outbox resume} never sends a real job's
 * remaining messages to the sandbox or to another provider because the account options were left out.
 */
class ResumeAccountTest {

    @TempDir
    Path folder;

    private Path workspace;
    private RecordingSmtpServer server;

    @BeforeEach
    void aJobPausedHalfwayBecauseTheServerRefusedEveryMessage() throws Exception {
        workspace = SendingWorkspace.create(folder.resolve("resume.tidings"), 150, 0);
        server = new RecordingSmtpServer().refuseEveryMessage("554 5.7.1 Message refused");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private CommandRun run(String... args) {
        return CommandRun.of(folder, args);
    }

    private String[] smtpOptions(String... more) {
        return Stream.concat(Stream.of("--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(server.port()),
                "--smtp-security", "none", "--from", "news@shop.example"), Arrays.stream(more)).toArray(String[]::new);
    }

    private CommandRun sendThenPause(String... accountOptions) {
        List<String> args = new ArrayList<>(List.of("send", "--workspace", workspace.toString(), "--template",
                SendingWorkspace.TEMPLATE, "--segment", SendingWorkspace.SEGMENT));
        args.addAll(List.of(accountOptions));
        CommandRun sent = run(args.toArray(String[]::new));
        assertThat(sent.out()).as(sent.err()).contains("Job 1 is paused: Paused: 100% of the last 100 messages failed");
        server.acceptEveryMessage();
        return sent;
    }

    /** What a SIGKILL leaves: the job RUNNING, though no engine sends it. */
    private void leftRunningByACrash() {
        try (Database database = Database.open(workspace)) {
            database.write(connection -> {
                try (var update = connection.prepareStatement("UPDATE send_job SET state = 'RUNNING', pause_reason = NULL")) {
                    return update.executeUpdate();
                }
            });
        }
    }

    private int sandboxMessages() {
        try (Workspace opened = new WorkspaceService().open(workspace)) {
            return Wiring.templateService(opened.database()).sandboxMessages(1_000).size();
        }
    }

    @Test
    void withoutAccountOptionsResumeSendsThroughTheServerTheJobStartedWithNotTheSandbox() {
        sendThenPause(smtpOptions());
        int refusedBefore = server.received().size();
        long pending = SendingWorkspace.ledger(workspace).values().stream().filter("PENDING"::equals).count();

        CommandRun resumed = run("outbox", "resume", "--workspace", workspace.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Job 1 \"Hello to Everyone\": resuming by email through the SMTP server 127.0.0.1:" + server.port())
                .contains("Job 1 is done:");
        assertThat(pending).isPositive();
        assertThat(server.received().size() - refusedBefore).isEqualTo(pending);
        assertThat(sandboxMessages()).isZero();
    }

    @Test
    void aJobWhosePasswordWasNotKeptIsRefusedUntilTheAccountIsGivenAgainOrSaved() throws Exception {
        Path settings = folder.resolve("settings.json");
        Files.writeString(settings, """
                {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                           "smtp": {"host": "127.0.0.1", "port": %d, "security": "none", "allowPlaintextAuth": true,
                                    "username": "sender", "password": "s3cret"}}}
                """.formatted(server.port()));
        sendThenPause("--settings", settings.toString());
        String secretless;
        try (Database database = Database.open(workspace)) {
            secretless = database.read(connection -> {
                try (var query = connection.prepareStatement("SELECT account FROM send_job WHERE id = 1");
                        var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            });
        }
        assertThat(secretless).contains("127.0.0.1", "sender").doesNotContain("s3cret");

        CommandRun refused = run("outbox", "resume", "--workspace", workspace.toString());

        assertThat(refused.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(refused.err()).isEqualTo("tidings: Job 1 sends email through the SMTP server 127.0.0.1:"
                + server.port() + " as sender, whose password is not kept with the job, and this workspace's email "
                + "account is the sandbox (messages stay in this workspace). Give that account again with --settings "
                + "or the --smtp-* options, or save it with 'tidings accounts save'.\n");
        assertThat(SendingWorkspace.firstJobState(workspace)).isEqualTo("PAUSED");
        assertThat(sandboxMessages()).isZero();

        assertThat(run("accounts", "save", "--workspace", workspace.toString(), "--settings", settings.toString())
                .exitCode()).isZero();
        CommandRun resumed = run("outbox", "resume", "--workspace", workspace.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Job 1 is done:");
        assertThat(sandboxMessages()).isZero();
    }

    @Test
    void optionsNamingAnotherAccountAreRefusedAndNothingIsSent() throws Exception {
        sendThenPause(smtpOptions());
        Path sandbox = folder.resolve("sandbox.json");
        Files.writeString(sandbox, "{\"email\": {\"provider\": \"sandbox\"}}");

        CommandRun otherServer = run("outbox", "resume", "--workspace", workspace.toString(), "--smtp-host",
                "127.0.0.1", "--smtp-port", "1", "--smtp-security", "none", "--from", "news@shop.example");
        CommandRun toTheSandbox = run("outbox", "resume", "--workspace", workspace.toString(), "--settings",
                sandbox.toString());

        assertThat(otherServer.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(otherServer.err()).isEqualTo("tidings: Job 1 sends email through the SMTP server 127.0.0.1:"
                + server.port() + ", but the options name the SMTP server 127.0.0.1:1. A job carries on through the "
                + "account it started with.\n");
        assertThat(toTheSandbox.err()).contains("but the options name the sandbox (messages stay in this workspace)");
        assertThat(SendingWorkspace.firstJobState(workspace)).isEqualTo("PAUSED");
        assertThat(sandboxMessages()).isZero();
    }

    @Test
    void aJobACrashLeftRunningIsNotSentThroughTheAccountOfAnotherSend() {
        sendThenPause(smtpOptions());
        leftRunningByACrash();

        CommandRun toTheSandbox = run("send", "--workspace", workspace.toString(), "--template",
                SendingWorkspace.TEMPLATE, "--segment", SendingWorkspace.SEGMENT);

        assertThat(toTheSandbox.exitCode()).as(toTheSandbox.err()).isZero();
        assertThat(sandboxMessages()).as("the second job's messages only").isEqualTo(150);
        assertThat(SendingWorkspace.firstJobState(workspace)).isEqualTo("PAUSED");
        assertThat(run("outbox", "--workspace", workspace.toString()).out()).contains("Paused: this job sends email "
                + "through the SMTP server 127.0.0.1:" + server.port() + ", not the sandbox (messages stay in this "
                + "workspace). Carry on with that account: set it up in Settings, or give it to 'tidings outbox resume'.");
    }

    @Test
    void theAppDoesNotCarryOnAJobACrashLeftRunningThroughAnotherAccount() throws Exception {
        sendThenPause(smtpOptions());
        leftRunningByACrash();

        try (OpenedWorkspace app = new Wiring(Wiring.Host.DESKTOP).open(workspace).startSending()) {
            assertThat(app.delivery().await(1, Duration.ofSeconds(30), progress -> { })).isEqualTo(JobState.PAUSED);
            assertThat(app.sendJobs().job(1).orElseThrow().pauseReason())
                    .startsWith("Paused: this job sends email through the SMTP server 127.0.0.1:" + server.port());
        }
        assertThat(sandboxMessages()).isZero();
    }

    @Test
    void theRateIsKeptWithTheJobAndResumeCanChangeIt() {
        sendThenPause(smtpOptions("--rate", "400"));

        CommandRun resumed = run("outbox", "resume", "--workspace", workspace.toString(), "--rate", "250");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Job 1 \"Hello to Everyone\": resuming by email through the SMTP server 127.0.0.1:"
                + server.port() + " at most 250 messages a second");
        assertThat(SendingWorkspace.jobRate(workspace)).isEqualTo(250.0);
    }

    @Test
    void withoutRateResumeKeepsTheJobsOwn() {
        sendThenPause(smtpOptions("--rate", "400"));

        CommandRun resumed = run("outbox", "resume", "--workspace", workspace.toString());

        assertThat(resumed.out()).contains("at most 400 messages a second");
        assertThat(SendingWorkspace.jobRate(workspace)).isEqualTo(400.0);
    }
}
