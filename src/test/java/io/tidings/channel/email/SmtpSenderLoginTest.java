package io.tidings.channel.email;

import static io.tidings.channel.email.SmtpSenderGreenMailTest.email;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpSenderLoginTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("news@shop.example", "sender", "s3cret"));

    private static SmtpSender senderLoggingInWith(String password) {
        return new SmtpSender(SmtpSettings.of("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), SmtpSecurity.NONE,
                        "sender", password, "news@shop.example")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)));
    }

    @Test
    void sendsAfterLoggingIn() {
        try (SmtpSender sender = senderLoggingInWith("s3cret")) {
            SendResult result = sender.send(email("a-1", "fay@example.org", "Hi", null, "Hi", false, null));

            assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aWrongPasswordIsPermanentAndPointsAtSettings() {
        try (SmtpSender sender = senderLoggingInWith("wrong")) {
            SendResult result = sender.send(email("a-2", "fay@example.org", "Hi", null, "Hi", false, null));

            assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
            assertThat(result.detail()).isEqualTo("The server refused the user name or password at 127.0.0.1:"
                    + GREEN_MAIL.getSmtp().getPort() + ". Check the username and password in Settings.");
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void testConnectionLogsInWithoutSending() {
        try (SmtpSender sender = senderLoggingInWith("s3cret")) {
            ConnectionCheck check = sender.testConnection();

            assertThat(check.ok()).isTrue();
            assertThat(check.message())
                    .isEqualTo("Connected to 127.0.0.1:" + GREEN_MAIL.getSmtp().getPort() + " and logged in as sender.");
        }
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void testConnectionSaysWhenTheLoginIsRefused() {
        try (SmtpSender sender = senderLoggingInWith("wrong")) {
            ConnectionCheck check = sender.testConnection();

            assertThat(check.ok()).isFalse();
            assertThat(check.message()).startsWith("The server refused the user name or password");
        }
    }

    @Test
    void testConnectionSaysWhenNothingListens() throws Exception {
        int closedPort = SmtpSenderGreenMailTest.freePort();
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", closedPort, SmtpSecurity.STARTTLS, "sender", "s3cret",
                "news@shop.example");
        try (SmtpSender sender = new SmtpSender(settings)) {
            ConnectionCheck check = sender.testConnection();

            assertThat(check.ok()).isFalse();
            assertThat(check.message()).isEqualTo("Could not connect to 127.0.0.1:" + closedPort + ": connection refused");
        }
    }
}
