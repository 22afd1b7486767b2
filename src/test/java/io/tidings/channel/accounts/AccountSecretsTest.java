package io.tidings.channel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets kept in the workspace leave no trace once replaced, and a password never crosses the network as plain text unasked. */
class AccountSecretsTest {

    @TempDir
    Path folder;

    private static ChannelAccounts smtp(SmtpSecurity security, String password, Boolean allowPlaintextAuth) {
        return ChannelAccounts.SANDBOX
                .with(new ChannelAccount(DeliveryChannel.EMAIL, new SmtpAccount("smtp.example.com", null, security,
                        "sender", new Secret(password), null, null, allowPlaintextAuth), null))
                .withEmail(new EmailSettings("news@shop.example", null, null));
    }

    @Test
    void aReplacedSecretCannotBeReadInTheFileAfterwards() throws IOException {
        Path file = folder.resolve("secrets.tidings");
        try (Database database = Database.open(file)) {
            Migrations.migrate(database);
            ChannelAccountService service = Wiring.channelAccounts(database, Map.<String, String>of()::get,
                    Clock.systemUTC());
            // The old row is longer than the new one from its secret on, so the new row does not happen to cover it.
            service.save(ChannelAccounts.SANDBOX.with(new ChannelAccount(DeliveryChannel.EMAIL, new SmtpAccount(
                            "smtp.example.com", null, SmtpSecurity.STARTTLS, "sender", new Secret("old-Secret-4711"), null,
                            "/etc/tidings/certificates/" + "the-company-mail-authority-".repeat(8) + ".pem"), null))
                    .withEmail(new EmailSettings("news@shop.example", "Shop News from the Example Shop", null)));
            service.save(smtp(SmtpSecurity.STARTTLS, "env:SMTP_PASSWORD", null));
            assertThat(service.load().account(DeliveryChannel.EMAIL).provider().toString()).doesNotContain("Secret-");
        }

        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text.contains("env:SMTP_PASSWORD")).as("the new account is in the file").isTrue();
        assertThat(text.contains("old-Secret-4711")).as("the old secret is still in the file").isFalse();
        assertThat(folder.resolve("secrets.tidings-wal")).doesNotExist();
    }

    @Test
    void loggingInWithoutEncryptionIsRefusedUnlessAllowed() {
        try (Database database = Database.open(folder.resolve("plain.tidings"))) {
            Migrations.migrate(database);
            ChannelAccountService service = Wiring.channelAccounts(database, Map.<String, String>of()::get,
                    Clock.systemUTC());

            List<AccountProblem> refused = service.validate(smtp(SmtpSecurity.NONE, "s3cret", null));
            assertThat(refused).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("email.smtp.security");
                assertThat(problem.message()).contains("plain text", "STARTTLS", "--allow-plaintext-auth");
            });
            assertThatThrownBy(() -> service.openSenders(smtp(SmtpSecurity.NONE, "s3cret", false),
                    List.of(DeliveryChannel.EMAIL))).isInstanceOf(InvalidAccountsException.class)
                    .hasMessageContaining("email.smtp.security");
            assertThat(service.validate(smtp(SmtpSecurity.NONE, "s3cret", true))).isEmpty();
            assertThat(service.validate(smtp(SmtpSecurity.STARTTLS, "s3cret", null))).isEmpty();

            service.save(smtp(SmtpSecurity.NONE, "s3cret", true));
            assertThat(service.load().account(DeliveryChannel.EMAIL).provider())
                    .isEqualTo(smtp(SmtpSecurity.NONE, "s3cret", true).account(DeliveryChannel.EMAIL).provider());
        }
    }
}
