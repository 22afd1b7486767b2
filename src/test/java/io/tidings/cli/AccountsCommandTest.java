package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AccountsCommandTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("news@shop.example", "sender", "s3cret"));

    @TempDir
    Path folder;

    private Path workspace;
    private Path settings;

    @BeforeEach
    void workspaceAndSettingsFile() throws Exception {
        workspace = SendingWorkspace.create(folder.resolve("accounts.tidings"), 5, 0);
        settings = folder.resolve("settings.json");
        Files.writeString(settings, """
                {"email": {"provider": "smtp", "ratePerSecond": 20, "fromAddress": "news@shop.example",
                           "smtp": {"host": "127.0.0.1", "port": %d, "security": "none",
                                    "username": "sender", "password": "s3cret", "allowPlaintextAuth": true}},
                 "sms": {"provider": "sandbox", "ratePerSecond": 5}}
                """.formatted(GREEN_MAIL.getSmtp().getPort()));
    }

    private CommandRun run(String... args) {
        return CommandRun.of(folder, args);
    }

    @Test
    void savedAccountsAreShownWithoutSecretsAndUsedBySend() throws Exception {
        CommandRun saved = run("accounts", "save", "--workspace", workspace.toString(), "--settings", settings.toString(),
                "--from-name", "Shop News");
        CommandRun shown = run("accounts", "show", "--workspace", workspace.toString());
        CommandRun sent = run("send", "--workspace", workspace.toString(), "--template", SendingWorkspace.TEMPLATE,
                "--segment", SendingWorkspace.SEGMENT);

        assertThat(saved.exitCode()).as(saved.err()).isZero();
        int port = GREEN_MAIL.getSmtp().getPort();
        assertThat(shown.out()).isEqualTo("""
                email   the SMTP server 127.0.0.1:%d as sender, at most 20 a second
                sms     the sandbox (messages stay in this workspace), at most 5 a second
                push    the sandbox (messages stay in this workspace)
                voice   the sandbox (messages stay in this workspace)
                custom  the sandbox (webhook calls stay in this workspace, not made)
                from    Shop News <news@shop.example>
                """.formatted(port));
        assertThat(saved.out() + shown.out()).doesNotContain("s3cret");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(5);
        assertThat(GREEN_MAIL.getReceivedMessages()[0].getHeader("From", null)).isEqualTo("Shop News <news@shop.example>");
    }

    @Test
    void testLogsInToEachProviderAndSaysWhatFailed() {
        CommandRun ok = run("accounts", "test", "--workspace", workspace.toString(), "--settings", settings.toString());
        CommandRun unset = run("accounts", "test", "--workspace", workspace.toString(), "--settings", settings.toString(),
                "--channel", "email", "--smtp-password-env", "TIDINGS_TEST_UNSET_PASSWORD");

        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).isEqualTo("""
                email   ok      Connected to 127.0.0.1:%d and logged in as sender.
                sms     ok      The sandbox keeps messages in this workspace; nothing leaves the laptop.
                """.formatted(GREEN_MAIL.getSmtp().getPort()));
        assertThat(unset.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(unset.out()).isEqualTo("email   FAILED  email.smtp.password: the environment variable "
                + "TIDINGS_TEST_UNSET_PASSWORD is not set.\n");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSettingsFileWithMistakesSavesNothing() throws Exception {
        Files.writeString(settings, "{\"email\": {\"provider\": \"smtp\", \"smtp\": {\"host\": \"\"}}}");

        CommandRun saved = run("accounts", "save", "--workspace", workspace.toString(), "--settings", settings.toString());

        assertThat(saved.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(saved.err()).isEqualTo("tidings: " + settings + ": email.fromAddress: the From address is missing: "
                + "enter the address your messages come from.; email.smtp.host: SMTP host is empty: enter the server name, "
                + "such as smtp.example.com.\n");
        assertThat(run("accounts", "show", "--workspace", workspace.toString()).out())
                .startsWith("email   the sandbox (messages stay in this workspace)\n");
    }

    @Test
    void loggingInWithoutEncryptionIsSavedOnlyWhenAllowedAndTheAllowanceIsKept() throws Exception {
        Path plain = Files.writeString(folder.resolve("plain.json"), """
                {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                           "smtp": {"host": "127.0.0.1", "port": %d, "security": "none",
                                    "username": "sender", "password": "s3cret"}}}
                """.formatted(GREEN_MAIL.getSmtp().getPort()));

        CommandRun refused = run("accounts", "save", "--workspace", workspace.toString(), "--settings", plain.toString());
        CommandRun allowed = run("accounts", "save", "--workspace", workspace.toString(), "--settings", plain.toString(),
                "--allow-plaintext-auth");
        CommandRun tested = run("accounts", "test", "--workspace", workspace.toString(), "--channel", "email");

        assertThat(refused.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(refused.err()).contains("email.smtp.security", "plain text", "--allow-plaintext-auth")
                .doesNotContain("s3cret");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(tested.out()).isEqualTo("email   ok      Connected to 127.0.0.1:%d and logged in as sender.\n"
                .formatted(GREEN_MAIL.getSmtp().getPort()));
    }
}
