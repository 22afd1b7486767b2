package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.CapturedLog;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the log keeps of sending: every state a job goes through, why it paused, why a command was refused and what
 * failed, and nothing personal (no address, no message text) and no secret.
 */
class SendingLogTest {

    @TempDir
    Path folder;

    @Test
    void everyStateChangePauseReasonFailureAndRefusalIsLoggedWithoutAnAddressOrSecret() throws Exception {
        Path workspace = SendingWorkspace.create(folder.resolve("log.tidings"), 150, 0);
        try (Workspace opened = new WorkspaceService().open(workspace)) {
            Wiring.templateService(opened.database()).create("Loop", TemplateType.EMAIL, null,
                    "{\"Subject\":\"Hi\",\"HtmlPart\":\"{{#*inline \\\"r\\\"}}x{{> r}}{{/inline}}{{> r}}\"}");
        }
        Path settings = folder.resolve("settings.json");
        try (CapturedLog log = new CapturedLog();
                RecordingSmtpServer server = new RecordingSmtpServer().refuseEveryMessage("554 5.7.1 Message refused")) {
            Files.writeString(settings, """
                    {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                               "smtp": {"host": "127.0.0.1", "port": %d, "security": "none", "allowPlaintextAuth": true,
                                        "username": "sender@shop.example", "password": "s3cret"}}}
                    """.formatted(server.port()));
            String w = workspace.toString();

            CommandRun.of(folder, "send", "--workspace", w, "--template", SendingWorkspace.TEMPLATE, "--segment",
                    SendingWorkspace.SEGMENT, "--settings", settings.toString());
            CommandRun.of(folder, "outbox", "resume", "--workspace", w);
            server.acceptEveryMessage();
            CommandRun.of(folder, "outbox", "resume", "--workspace", w, "--settings", settings.toString());
            CommandRun.of(folder, "send", "--workspace", w, "--template", "Loop", "--segment", SendingWorkspace.SEGMENT);

            assertThat(log.entries()).anySatisfy(entry -> assertThat(entry)
                            .isEqualTo("INFO Job 1 \"Hello to Everyone\" created: 150 EMAIL messages"))
                    .anySatisfy(entry -> assertThat(entry).isEqualTo("INFO Job 1 is running"))
                    .anySatisfy(entry -> assertThat(entry).isEqualTo(
                            "WARN Job 1 paused: Paused: 100% of the last 100 messages failed (the ceiling is 50%)."))
                    .anySatisfy(entry -> assertThat(entry).isEqualTo("WARN Job 1 was not resumed: its secrets were "
                            + "not kept and this workspace has another account"))
                    .anySatisfy(entry -> assertThat(entry).isEqualTo("INFO Job 1 is done"))
                    .anySatisfy(entry -> assertThat(entry).startsWith(
                            "WARN Job 2: the template did not render for message"))
                    .anySatisfy(entry -> assertThat(entry).isEqualTo(
                            "WARN Job 2 paused: Paused: 100% of the last 100 messages failed (the ceiling is 50%)."))
                    .allSatisfy(entry -> assertThat(entry).doesNotContain("@", "s3cret", "Hello</p>"));
        }
    }
}
