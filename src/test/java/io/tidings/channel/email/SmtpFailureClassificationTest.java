package io.tidings.channel.email;

import static io.tidings.channel.email.SmtpSenderGreenMailTest.email;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each failure is a real SMTP conversation with {@link ScriptedSmtpServer}, so Angus Mail's own exceptions are classified. */
class SmtpFailureClassificationTest {

    private static final OutboundMessage MESSAGE =
            email("m-1", "eve@example.org", "Hello", null, "Hello Eve", false, null);

    private ScriptedSmtpServer server;

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static SmtpSettings settingsFor(int port) {
        return SmtpSettings.of("127.0.0.1", port, SmtpSecurity.NONE, null, null, "news@shop.example")
                .withPoolSize(1)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private SendResult sendThrough(ScriptedSmtpServer scripted) {
        try (SmtpSender sender = new SmtpSender(settingsFor(scripted.port()))) {
            return sender.send(MESSAGE);
        }
    }

    @ParameterizedTest(name = "{0} answered with \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "MAIL        | 421 4.7.0 try again later                 | TRANSIENT_FAILURE",
        "MAIL        | 451 4.3.0 local error in processing       | TRANSIENT_FAILURE",
        "RCPT        | 450 4.2.1 mailbox busy                    | TRANSIENT_FAILURE",
        "RCPT        | 452 4.5.3 too many recipients             | TRANSIENT_FAILURE",
        "RCPT        | 454 4.7.0 TLS not available, try later    | TRANSIENT_FAILURE",
        "END_OF_DATA | 451 4.7.1 throttled, slow down            | TRANSIENT_FAILURE",
        "RCPT        | 550 5.1.1 user unknown                    | ADDRESS_REJECTED",
        "RCPT        | 551 user not local                        | ADDRESS_REJECTED",
        "RCPT        | 553 mailbox name not allowed              | ADDRESS_REJECTED",
        "RCPT        | 550 5.7.1 relaying denied                 | PERMANENT_FAILURE",
        "MAIL        | 553 5.1.7 sender address rejected         | PERMANENT_FAILURE",
        "DATA        | 554 5.5.1 no valid recipients             | PERMANENT_FAILURE",
        "END_OF_DATA | 554 5.7.1 message rejected as spam        | PERMANENT_FAILURE",
        "END_OF_DATA | 552 5.3.4 message too big                 | PERMANENT_FAILURE",
    })
    void classifiesTheServersReply(String command, String reply, Outcome expected) throws Exception {
        server = new ScriptedSmtpServer().answer(command, reply);

        SendResult result = sendThrough(server);

        assertThat(result.outcome()).isEqualTo(expected);
        assertThat(result.detail()).isEqualTo(reply);
        assertThat(server.messagesAccepted()).isZero();
    }

    @Test
    void keepsTheConnectionAfterTheServerRejectedOneRecipient() throws Exception {
        server = new ScriptedSmtpServer().answer("RCPT", "550 5.1.1 user unknown");
        try (SmtpSender sender = new SmtpSender(settingsFor(server.port()))) {
            assertThat(sender.send(MESSAGE).outcome()).isEqualTo(Outcome.ADDRESS_REJECTED);
            server.answer("RCPT", "250 OK");

            assertThat(sender.send(MESSAGE).outcome()).isEqualTo(Outcome.ACCEPTED);
        }
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void aConnectionDroppedDuringDataIsTransientAndTheNextSendUsesAFreshConnection() throws Exception {
        server = new ScriptedSmtpServer().dropConnectionDuringNextData();
        try (SmtpSender sender = new SmtpSender(settingsFor(server.port()))) {
            SendResult dropped = sender.send(MESSAGE);
            assertThat(dropped.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(dropped.detail()).contains("127.0.0.1:" + server.port());

            assertThat(sender.send(MESSAGE).outcome()).isEqualTo(Outcome.ACCEPTED);
        }
        assertThat(server.connections()).isEqualTo(2);
        assertThat(server.messagesAccepted()).isEqualTo(1);
    }

    @Test
    void aServerThatDoesNotAnswerIsTransient() throws Exception {
        server = new ScriptedSmtpServer().silent();

        SendResult result = sendThrough(server);

        assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
        assertThat(result.detail()).isEqualTo("The server 127.0.0.1:" + server.port() + " did not answer within 2 s (the SMTP read timeout).");
    }

    @Test
    void aRefusedConnectionIsTransient() throws Exception {
        int closedPort = SmtpSenderGreenMailTest.freePort();
        try (SmtpSender sender = new SmtpSender(settingsFor(closedPort))) {
            SendResult result = sender.send(MESSAGE);

            assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(result.detail())
                    .isEqualTo("Could not connect to 127.0.0.1:" + closedPort + ": connection refused");
        }
    }

    @Test
    void anUnparseableRecipientIsRejectedWithoutContactingTheServer() throws Exception {
        server = new ScriptedSmtpServer();
        try (SmtpSender sender = new SmtpSender(settingsFor(server.port()))) {
            SendResult result = sender.send(email("m-2", "not an address", "Hi", null, "Hi", false, null));

            assertThat(result.outcome()).isEqualTo(Outcome.ADDRESS_REJECTED);
            assertThat(result.detail()).startsWith("Not a valid email address");
        }
        assertThat(server.connections()).isZero();
    }
}
