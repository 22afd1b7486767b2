package io.tidings.channel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
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
