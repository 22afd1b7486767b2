package io.tidings.channel.sms.smpp;

import static io.tidings.channel.sms.smpp.SmppSenderTest.sms;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding, keeping binds up, and what the user is told when binding fails. */
class SmppBindsTest {

    @TempDir
    Path folder;

    private TestSmsc smsc;
    private final RecordingFeedback feedback = new RecordingFeedback();

    @BeforeEach
    void startSmsc() throws Exception {
        smsc = TestSmsc.start();
    }

    @AfterEach
    void stopSmsc() throws Exception {
        smsc.close();
    }

    private SmppSettings settings(String password) {
        return SmppSettings.of("127.0.0.1", smsc.port(), TestSmsc.SYSTEM_ID, password, "+14155550199");
    }

    @Test
    void testConnectionBindsAndUnbindsWithoutSending() throws Exception {
        try (SmppSender sender = new SmppSender(settings(TestSmsc.PASSWORD), feedback)) {
            ConnectionCheck check = sender.testConnection();

            assertThat(check.ok()).isTrue();
            assertThat(check.message()).isEqualTo("Bound to the SMSC at 127.0.0.1:" + smsc.port()
                    + " as tidings (the SMSC calls itself TestSmsc) and unbound again.");
        }
        smsc.awaitUnbinds(1);
        assertThat(smsc.binds()).isEqualTo(1);
        assertThat(smsc.allSubmitted()).isEmpty();
    }

    @Test
    void aWrongPasswordIsNamedAndMessagesWaitForTheFix() {
        try (SmppSender sender = new SmppSender(settings("wrong"), feedback)) {
            ConnectionCheck check = sender.testConnection();
            SendResult result = sender.send(sms("1", "+447700900123", null, "Hi"));

            String expected = "The SMSC at 127.0.0.1:" + smsc.port() + " refused the bind: ESME_RINVPASWD (0x0E). "
                    + "Check the system ID, password and system type in Settings.";
            assertThat(check.ok()).isFalse();
            assertThat(check.message()).isEqualTo(expected);
            assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(result.detail()).isEqualTo(expected);
        }
        assertThat(smsc.binds()).isZero();
    }

    @Test
    void anSmscThatDoesNotListenIsTransient() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SmppSettings settings = SmppSettings.of("127.0.0.1", closedPort, TestSmsc.SYSTEM_ID, TestSmsc.PASSWORD,
                "+14155550199");
        try (SmppSender sender = new SmppSender(settings, feedback)) {
            ConnectionCheck check = sender.testConnection();
            SendResult result = sender.send(sms("2", "+447700900123", null, "Hi"));

            assertThat(check.ok()).isFalse();
            assertThat(check.message()).startsWith("Could not connect to the SMSC at 127.0.0.1:" + closedPort + ": ");
            assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(result.detail()).isEqualTo(check.message());
        }
    }

    @Test
    void listenBindsEveryConnectionBeforeAnythingIsSent() throws Exception {
        try (SmppSender sender = new SmppSender(settings(TestSmsc.PASSWORD).withBinds(3), feedback)) {
            assertThat(sender.listen()).isEqualTo(3);
            assertThat(sender.maxConcurrency()).isEqualTo(3);
        }
        assertThat(smsc.binds()).isEqualTo(3);
        smsc.awaitUnbinds(3);
    }

    @Test
    void aDroppedBindIsBoundAgainWithoutASendAndReceiptsFlowAgain() throws Exception {
        try (SmppSender sender = new SmppSender(settings(TestSmsc.PASSWORD), feedback)) {
            sender.listen();
            smsc.awaitBinds(1);

            smsc.dropBinds();
            smsc.awaitBinds(2);

            smsc.sendReceipt("m-old", "DELIVRD", null);
            assertThat(feedback.receipts).extracting(receipt -> receipt.providerMessageId()).containsExactly("m-old");
            assertThat(sender.send(sms("3", "+447700900123", null, "Hi")).outcome()).isEqualTo(Outcome.ACCEPTED);
        }
        assertThat(smsc.binds()).isEqualTo(2);
    }

    @Test
    void aSendAfterTheSmscRestartedBindsAgain() throws Exception {
        int port = smsc.port();
        try (SmppSender sender = new SmppSender(settings(TestSmsc.PASSWORD), feedback)) {
            assertThat(sender.send(sms("4", "+447700900123", null, "one")).outcome()).isEqualTo(Outcome.ACCEPTED);
            smsc.close();
            assertThat(sender.send(sms("5", "+447700900123", null, "two")).outcome())
                    .isEqualTo(Outcome.TRANSIENT_FAILURE);

            smsc = TestSmsc.start(port);
            SendResult result = sender.send(sms("6", "+447700900123", null, "three"));

            assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(smsc.nextSubmit().text()).isEqualTo("three");
        }
    }

    @Test
    void tlsBindsWhenTheCertificateNamesTheHost() throws Exception {
        TestCertificate certificate = TestCertificate.create(folder);
        smsc.close();
        smsc = TestSmsc.startTls(certificate.serverContext());
        SmppSettings settings = settings(TestSmsc.PASSWORD).withTls(true);

        try (SmppSender trusting = new SmppSender(settings, feedback,
                certificate.clientContext().getSocketFactory())) {
            assertThat(trusting.testConnection().ok()).isTrue();
            assertThat(trusting.send(sms("7", "+447700900123", null, "Over TLS")).outcome()).isEqualTo(Outcome.ACCEPTED);
        }
        assertThat(smsc.nextSubmit().text()).isEqualTo("Over TLS");
        try (SmppSender untrusting = new SmppSender(settings, feedback)) {
            ConnectionCheck check = untrusting.testConnection();

            assertThat(check.ok()).isFalse();
            assertThat(check.message()).startsWith("The TLS handshake with the SMSC at 127.0.0.1:" + smsc.port() + " failed");
        }
    }
}
