package io.tidings.channel.email;

import static io.tidings.channel.email.SmtpSenderGreenMailTest.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.channel.SendResult;
import io.tidings.channel.accounts.AccountProblem;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.ChannelAccountsJson;
import io.tidings.channel.accounts.InvalidAccountsException;
import io.tidings.channel.accounts.SmtpAccount;
import io.tidings.channel.DeliveryChannel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A server that takes the connection and never answers: each attempt ends at its timeout, saying so. */
class SilentSmtpServerTest {

    @Test
    void aServerThatNeverAnswersIsAnUnansweredFailureNamingTheHostAndTheTimeout() throws Exception {
        try (SilentServer server = new SilentServer();
                SmtpSender sender = new SmtpSender(SmtpSettings.of("127.0.0.1", server.port(), SmtpSecurity.NONE, null,
                        null, "news@shop.example").withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)))) {
            long started = System.nanoTime();

            SendResult result = sender.send(email("m-1", "eve@example.org", "Hi", null, "Hello", false, null));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
            assertThat(result.unanswered()).isTrue();
            assertThat(result.detail())
                    .isEqualTo("The server 127.0.0.1:" + server.port() + " did not answer within 1 s (the SMTP read timeout).");
            assertThat(server.connections()).isEqualTo(1);
            assertThat(sender.destination()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void theTimeoutsDefaultToTenSecondsToConnectAndThirtyForEachAnswer() {
        SmtpSettings settings = SmtpSettings.of("smtp.example.com", 587, SmtpSecurity.STARTTLS, null, null,
                "news@shop.example");

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theAccountSettingsChooseTheTimeoutsInSecondsAndRefuseZeroAtItsField() {
        ChannelAccounts accounts = ChannelAccountsJson.read("settings.json", """
                {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                           "smtp": {"host": "smtp.shop.example", "connectTimeoutSeconds": 5, "readTimeoutSeconds": 20}}}
                """);
        SmtpAccount smtp = (SmtpAccount) accounts.account(DeliveryChannel.EMAIL).provider();

        assertThat(smtp.connectTimeoutSeconds()).isEqualTo(5);
        assertThat(smtp.readTimeoutSeconds()).isEqualTo(20);
        assertThatThrownBy(() -> ChannelAccountsJson.read("settings.json", """
                {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                           "smtp": {"host": "smtp.shop.example", "readTimeoutSeconds": 0}}}
                """)).isInstanceOfSatisfying(InvalidAccountsException.class, refused ->
                        assertThat(refused.problems()).extracting(AccountProblem::describe).containsExactly(
                                "email.smtp.readTimeoutSeconds: Read timeout must be at least 1 second, not 0."));
    }
}
