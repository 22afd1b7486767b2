package io.tidings.channel.email;

import static io.tidings.channel.email.SmtpSenderGreenMailTest.email;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts the connections a {@link ScriptedSmtpServer} sees, which GreenMail does not expose. */
class SmtpSenderPoolingTest {

    private final ScriptedSmtpServer server;

    SmtpSenderPoolingTest() throws Exception {
        server = new ScriptedSmtpServer();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private SmtpSender senderWithPool(int size) {
        return new SmtpSender(SmtpSettings.of("127.0.0.1", server.port(), SmtpSecurity.NONE, null, null,
                        "news@shop.example")
                .withPoolSize(size)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    @Test
    void reusesOneConnectionForSeveralMessages() {
        try (SmtpSender sender = senderWithPool(1)) {
            for (int i = 0; i < 3; i++) {
                SendResult result = sender.send(email("p-" + i, "gil@example.org", "Hi", null, "Hi", false, null));
                assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
                assertThat(result.detail()).isEqualTo("250 2.0.0 queued as Q" + (i + 1));
            }
        }
        assertThat(server.messagesAccepted()).isEqualTo(3);
        assertThat(server.connections()).isEqualTo(1);
        assertThat(server.commandsSeen("NOOP")).as("no round trip to check a lent connection").isZero();
        assertThat(server.commandsSeen("MAIL")).isEqualTo(3);
    }

    @ParameterizedTest(name = "server says {0}")
    @NullSource
    @ValueSource(strings = "421 4.4.2 scripted.test Error: timeout exceeded")
    void aConnectionTheServerClosedWhileIdleIsReplacedAndTheMessageSentOnce(String farewell) throws Exception {
        try (SmtpSender sender = senderWithPool(1)) {
            assertThat(sender.send(email("i-1", "ida@example.org", "Hi", null, "Hi", false, null)).outcome())
                    .isEqualTo(Outcome.ACCEPTED);
            server.closeOpenConnections(farewell);

            SendResult afterIdle = sender.send(email("i-2", "ida@example.org", "Again", null, "Again", false, null));

            assertThat(afterIdle.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(afterIdle.detail()).isEqualTo("250 2.0.0 queued as Q2");
        }
        assertThat(server.messagesAccepted()).isEqualTo(2);
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void aNewConnectionThatFailsIsNotTriedAgain() throws Exception {
        server.answer("MAIL", "421 4.3.2 scripted.test shutting down");
        try (SmtpSender sender = senderWithPool(1)) {
            SendResult result = sender.send(email("n-1", "nia@example.org", "Hi", null, "Hi", false, null));

            assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(result.detail()).isEqualTo("421 4.3.2 scripted.test shutting down");
        }
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void concurrentSendsNeverOpenMoreConnectionsThanThePoolSize() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<SendResult>> results = new ArrayList<>();
        try (SmtpSender sender = senderWithPool(2)) {
            assertThat(sender.maxConcurrency()).isEqualTo(2);
            for (int i = 0; i < 30; i++) {
                var message = email("c-" + i, "user" + i + "@example.org", "Hi", null, "Hi", false, null);
                results.add(threads.submit(() -> sender.send(message)));
            }
            for (Future<SendResult> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.ACCEPTED);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(server.messagesAccepted()).isEqualTo(30);
        assertThat(server.connections()).isBetween(1, 2);
        assertThat(server.mostOpenConnections()).isLessThanOrEqualTo(2);
    }

    @Test
    void closeEndsThePooledConnections() throws Exception {
        SmtpSender sender = senderWithPool(1);
        sender.send(email("x-1", "hal@example.org", "Hi", null, "Hi", false, null));
        assertThat(server.openConnections()).isEqualTo(1);

        sender.close();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.openConnections()).isZero();
    }
}
