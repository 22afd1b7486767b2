package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.DeliverySettings;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SendCommandTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("news@shop.example", "sender", "s3cret"));

    @TempDir
    Path folder;

    private Path workspace;

    @BeforeEach
    void workspaceWithThirtyEndpointsTwoOptedOut() {
        workspace = SendingWorkspace.create(folder.resolve("send.tidings"), 30, 2);
    }

    private CommandRun run(String... args) {
        return CommandRun.of(folder, args);
    }

    private String[] send(String... more) {
        return Stream.concat(Stream.of("send", "--workspace", workspace.toString(), "--template", SendingWorkspace.TEMPLATE,
                "--segment", SendingWorkspace.SEGMENT), Arrays.stream(more)).toArray(String[]::new);
    }

    private String[] smtpOptions() {
        return new String[] {"--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(GREEN_MAIL.getSmtp().getPort()),
            "--smtp-security", "none", "--from", "news@shop.example", "--from-name", "Shop News"};
    }

    @Test
    void sendsEveryMessageThroughTheSmtpServerNamedOnTheCommandLine() throws Exception {
        CommandRun sent = run(send(smtpOptions()));

        assertThat(sent.exitCode()).isZero();
        int port = GREEN_MAIL.getSmtp().getPort();
        assertThat(sent.out()).isEqualTo("""
                Sending "Hello" by email to the segment "Everyone" (30 endpoints) through the SMTP server 127.0.0.1:%d.
                28 would get it now, 0 later, 2 not at all.
                Job 1 "Hello to Everyone": 30 messages by email through the SMTP server 127.0.0.1:%d
                Job 1 is done: 28 sent, 0 failed, 2 suppressed, 0 queued.
                Not sent: ENDPOINT_OPT_OUT 2. Each endpoint: tidings outbox show --workspace %s --job 1
                """.formatted(port, port, workspace));
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(28);
        assertThat(received[0].getHeader("From", null)).isEqualTo("Shop News <news@shop.example>");
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : received) {
            recipients.add(message.getHeader("To", null));
        }
        assertThat(recipients).doesNotHaveDuplicates()
                .doesNotContain(SendingWorkspace.address(0), SendingWorkspace.address(1));
    }

    @Test
    void withoutAnAccountTheMessagesStayInTheSandbox() {
        CommandRun sent = run(send());

        assertThat(sent.exitCode()).isZero();
        assertThat(sent.out()).contains("through the sandbox (messages stay in this workspace)")
                .contains("Job 1 is done: 28 sent");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
        try (Workspace opened = new WorkspaceService().open(workspace)) {
            assertThat(Wiring.templateService(opened.database()).sandboxMessages(100)).hasSize(28);
        }
    }

    @Test
    void aUsersExportCanCarryTheMessagesAndEventsRecordedForThem() throws Exception {
        assertThat(run(send()).exitCode()).isZero();
        Path endpoints = folder.resolve("user.ndjson");
        Path activity = folder.resolve("user-activity.ndjson");

        CommandRun exported = run("export", "--workspace", workspace.toString(), "--user", SendingWorkspace.userOf(5),
                "--format", "ndjson", "--activity", activity.toString(), endpoints.toString());
        CommandRun withoutUser = run("export", "--workspace", workspace.toString(), "--format", "ndjson",
                "--activity", activity.toString(), endpoints.toString());

        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).contains("Wrote 1 endpoint to " + endpoints);
        List<String> lines = Files.readAllLines(activity);
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"EndpointId\":\"ep-00005\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"Kind\":\"Message\"", "\"State\":\"SENT\"",
                "\"Address\":\"" + SendingWorkspace.address(5) + "\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"EventType\":\"_email.send\""));
        assertThat(withoutUser.exitCode()).isNotZero();
        assertThat(withoutUser.err()).contains("--activity goes with --user");
    }

    @Test
    void whileAnotherEngineSendsFromTheWorkspaceSendIsRefusedAndCreatesNoJob() {
        try (Workspace opened = new WorkspaceService().open(workspace);
                DeliveryEngine appEngine = Wiring.deliveryEngine(opened.database(),
                        Wiring.sandboxSenders(opened.database()), DeliverySettings.defaults())) {
            appEngine.start();

            CommandRun refused = run(send());

            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("Another Tidings is sending from send.tidings");
            assertThat(Wiring.sendJobs(opened.database()).jobs()).isEmpty();
        }
        assertThat(run(send()).exitCode()).as("once the other engine stops").isZero();
    }

    @Test
    void outboxListsTheJobAndShowListsEachEndpointNotSentWithItsReason() {
        run(send());

        CommandRun list = run("outbox", "--workspace", workspace.toString());
        CommandRun show = run("outbox", "show", "--workspace", workspace.toString(), "--job", "1");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).isEqualTo("""
                  Job  State      Channel    Messages        Sent    Failed  Suppressed    Queued           Opened          Clicked  Name
                    1  DONE       email            30          28         0           2         0                0                0  Hello to Everyone
                """);
        assertThat(show.exitCode()).isZero();
        assertThat(show.out().lines()).containsExactly(
                "Job 1 \"Hello to Everyone\" (DONE): 28 sent, 0 failed, 2 suppressed, 0 queued",
                "Endpoint                  Address                           State       Reason                      Detail",
                "ep-00000                  ep-00000@shop.example             SUPPRESSED  ENDPOINT_OPT_OUT            ",
                "ep-00001                  ep-00001@shop.example             SUPPRESSED  ENDPOINT_OPT_OUT            ");
    }

    @Test
    void aSettingsFileChoosesTheServerAndItsLogin() throws Exception {
        Path password = folder.resolve("smtp-password");
        Files.writeString(password, "s3cret\n");
        Path settings = folder.resolve("settings.json");
        Files.writeString(settings, """
                {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                           "smtp": {"host": "127.0.0.1", "port": %d, "security": "none",
                                    "username": "sender", "password": "file:%s", "allowPlaintextAuth": true}}}
                """.formatted(GREEN_MAIL.getSmtp().getPort(), password));

        CommandRun sent = run(send("--settings", settings.toString()));

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(28);
    }

    @Test
    void aJobThatKeepsFailingPausesAndSaysWhy() throws Exception {
        workspace = SendingWorkspace.create(folder.resolve("failing.tidings"), 150, 0);
        try (RecordingSmtpServer server = new RecordingSmtpServer().refuseEveryMessage("554 5.7.1 Message refused")) {
            CommandRun sent = run(send("--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(server.port()),
                    "--smtp-security", "none", "--from", "news@shop.example"));

            assertThat(sent.exitCode()).isEqualTo(TidingsCommand.FAILED);
            assertThat(sent.out()).contains("Job 1 is paused: Paused: 100% of the last 100 messages failed "
                    + "(the ceiling is 50%).").contains("To carry on: tidings outbox resume --workspace " + workspace)
                    .contains("Not sent: PERMANENT_FAILURE");
            CommandRun list = run("outbox", "--workspace", workspace.toString());
            assertThat(list.out()).contains("PAUSED").contains("Paused: 100% of the last 100 messages failed");
        }
    }

    @Test
    void mistakesInTheSettingsFileAreNamedByTheirPathAndNoJobIsCreated() throws Exception {
        Path settings = folder.resolve("settings.json");
        Files.writeString(settings, """
                {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                           "smtp": {"host": "127.0.0.1", "port": "twenty-five"}}}
                """);

        CommandRun sent = run(send("--settings", settings.toString()));

        assertThat(sent.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(sent.err()).isEqualTo("tidings: " + settings + ": email.smtp.port: \"twenty-five\" is not a whole number.\n");
        assertThat(run("outbox", "--workspace", workspace.toString()).out()).startsWith("No send jobs yet.");
    }

    @Test
    void aPasswordVariableThatIsNotSetIsNamedAndNoJobIsCreated() {
        CommandRun sent = run(send("--smtp-host", "127.0.0.1", "--smtp-user", "sender", "--smtp-password-env",
                "TIDINGS_TEST_UNSET_PASSWORD", "--from", "news@shop.example"));

        assertThat(sent.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(sent.err()).isEqualTo("tidings: Channel accounts: email.smtp.password: "
                + "the environment variable TIDINGS_TEST_UNSET_PASSWORD is not set.\n");
        assertThat(run("outbox", "--workspace", workspace.toString()).out()).startsWith("No send jobs yet.");
    }

    @Test
    void mistypedOptionsAreUsageErrors() {
        CommandRun portWithoutHost = run(send("--smtp-port", "2525"));
        CommandRun badSecurity = run(send("--smtp-host", "127.0.0.1", "--smtp-security", "tls"));
        CommandRun noRate = run(send("--rate", "0"));
        CommandRun smtpWithoutFrom = run(send("--smtp-host", "127.0.0.1"));

        assertThat(portWithoutHost.exitCode()).isEqualTo(2);
        assertThat(portWithoutHost.err()).startsWith("The SMTP options need --smtp-host "
                + "(or an SMTP account in the workspace or the --settings file).");
        assertThat(badSecurity.exitCode()).isEqualTo(2);
        assertThat(badSecurity.err()).contains("--smtp-security").contains("tls");
        assertThat(noRate.exitCode()).isEqualTo(2);
        assertThat(noRate.err()).startsWith("--rate must be more than 0");
        assertThat(smtpWithoutFrom.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(smtpWithoutFrom.err()).isEqualTo("tidings: Channel accounts: email.fromAddress: "
                + "the From address is missing: enter the address your messages come from.\n");
    }

    @Test
    void aDryRunSaysWhoWouldGetItAndWhoWouldNotAndWhyAndSendsNothing() {
        CommandRun dry = run(send("--dry-run"));

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).startsWith("Sending \"Hello\" by email to the segment \"Everyone\" (30 endpoints) through "
                + "the sandbox")
                .contains("28 would get it now, 0 later, 2 not at all.")
                .containsPattern("Not sent +Opted out \\(ENDPOINT_OPT_OUT\\) +2  ep-0000[01], ep-0000[01]")
                .endsWith("Nothing was sent (--dry-run).\n");
        assertThat(run("outbox", "--workspace", workspace.toString()).out()).startsWith("No send jobs yet.");
    }

    @Test
    void inATerminalItAsksFirstAndSendsOnlyOnYes() {
        var terminal = SendCommand.terminal;
        try {
            SendCommand.terminal = question -> java.util.Optional.of("n");
            CommandRun declined = run(send());
            assertThat(declined.exitCode()).isZero();
            assertThat(declined.out()).contains("28 would get it now").endsWith("Nothing was sent.\n");
            assertThat(run("outbox", "--workspace", workspace.toString()).out()).startsWith("No send jobs yet.");

            SendCommand.terminal = question -> java.util.Optional.of("yes");
            CommandRun accepted = run(send());
            assertThat(accepted.exitCode()).as(accepted.err()).isZero();
            assertThat(accepted.out()).contains("Job 1 \"Hello to Everyone\"");

            SendCommand.terminal = question -> {
                throw new AssertionError("--yes does not ask");
            };
            assertThat(run(send("--yes")).exitCode()).isZero();
        } finally {
            SendCommand.terminal = terminal;
        }
    }

    @Test
    void aTemplateOrSegmentThatIsNotThereIsNamed() {
        CommandRun noTemplate = run("send", "--workspace", workspace.toString(), "--template", "Nope", "--segment",
                SendingWorkspace.SEGMENT);
        CommandRun noSegment = run("send", "--workspace", workspace.toString(), "--template", SendingWorkspace.TEMPLATE,
                "--segment", "Nobody");
        CommandRun wrongChannel = run(send("--channel", "sms"));

        assertThat(noTemplate.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(noTemplate.err()).isEqualTo("tidings: There is no template called \"Nope\". The only template is \""
                + SendingWorkspace.TEMPLATE + "\".\n");
        assertThat(noSegment.err()).isEqualTo("tidings: There is no segment called \"Nobody\". The only segment is \""
                + SendingWorkspace.SEGMENT + "\".\n");
        assertThat(wrongChannel.err()).isEqualTo("tidings: \"Hello\" is an email template; it cannot be sent by SMS.\n");
        CommandRun custom = run(send("--channel", "custom"));
        assertThat(custom.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(custom.err()).isEqualTo("tidings: Custom messages (webhooks) are sent by journeys only: send "
                + "\"Hello\" by email.\n");
        assertThat(run("outbox", "--workspace", workspace.toString()).out()).startsWith("No send jobs yet.");
    }
}
