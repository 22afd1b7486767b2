package io.tidings.channel.email;

import static io.tidings.channel.email.SmtpSenderGreenMailTest.email;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import io.tidings.channel.TestTlsIdentity;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sending over real TLS: SMTPS against GreenMail, STARTTLS and refusals against {@link ScriptedSmtpServer}. */
class SmtpSenderTlsTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(SmtpsGreenMail.presentingCompanyMailServer())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("news@shop.example", "sender", "s3cret"));

    private static final OutboundMessage MESSAGE = email("tls-1", "ana@example.org", "Grüße, Ana – 20 % off",
            null, "Hello Ana, your code is SPRING20.", false, null);
    private static final List<X509Certificate> COMPANY_AUTHORITY =
            List.of(TestTlsIdentity.companyMailServer().authority());

    private ScriptedSmtpServer scripted;

    @AfterEach
    void stopScriptedServer() throws Exception {
        if (scripted != null) {
            scripted.close();
        }
    }

    private static SmtpSettings settings(SmtpSecurity security, int port, List<X509Certificate> trusted) {
        return SmtpSettings.of("localhost", port, security, "sender", "s3cret", "news@shop.example")
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .withTrustedCertificates(trusted);
    }

    private static int smtpsPort() {
        return GREEN_MAIL.getSmtps().getPort();
    }

    private ScriptedSmtpServer startTlsServerPresenting(TestTlsIdentity identity) throws Exception {
        scripted = new ScriptedSmtpServer().offerStartTls(identity.serverContext());
        return scripted;
    }

    private static SendResult send(SmtpSettings settings) {
        try (SmtpSender sender = new SmtpSender(settings)) {
            return sender.send(MESSAGE);
        }
    }

    private static ConnectionCheck testConnection(SmtpSettings settings) {
        try (SmtpSender sender = new SmtpSender(settings)) {
            return sender.testConnection();
        }
    }

    @Test
    void smtpsDeliversWithLoginWhenTheServersAuthorityIsTrustedInSettings() throws Exception {
        SendResult result = send(settings(SmtpSecurity.SMTPS, smtpsPort(), COMPANY_AUTHORITY));

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        MimeMessage received = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Grüße, Ana – 20 % off");
        assertThat(received.getContent().toString().strip()).isEqualTo("Hello Ana, your code is SPRING20.");
        assertThat(received.getMessageID()).isEqualTo("<tls-1@shop.example>");
    }

    @Test
    void startTlsDeliversWithLoginOnlyAfterTheConnectionIsProtected() throws Exception {
        ScriptedSmtpServer server = startTlsServerPresenting(TestTlsIdentity.companyMailServer());

        SendResult result = send(settings(SmtpSecurity.STARTTLS, server.port(), COMPANY_AUTHORITY));

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(server.commandsInPlainText()).containsExactly("EHLO", "STARTTLS");
        assertThat(server.logins()).containsExactly("sender\0sender\0s3cret");
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(server.messages().get(0).getBytes(StandardCharsets.UTF_8)));
        assertThat(received.getSubject()).isEqualTo("Grüße, Ana – 20 % off");
        assertThat(received.getContent().toString().strip()).isEqualTo("Hello Ana, your code is SPRING20.");
    }

    @Test
    void aCertificateNoTrustedAuthoritySignedIsRefusedForGoodAndNothingIsSent() throws Exception {
        // The scripted server, not GreenMail: GreenMail's session thread dies with an uncaught exception when the
        // client refuses its certificate, which TestFX then reports in whichever screen test runs next.
        scripted = new ScriptedSmtpServer().tlsFromTheStart(TestTlsIdentity.companyMailServer().serverContext());
        SmtpSettings javasAuthorities = settings(SmtpSecurity.SMTPS, scripted.port(), List.of());

        SendResult result = send(javasAuthorities);
        ConnectionCheck check = testConnection(javasAuthorities);

        String refused = "The certificate of localhost:" + scripted.port() + " was refused: no authority Java "
                + "trusts signed it. Check the server's certificate, or choose the certificate of the authority that "
                + "signed it as the trusted certificate in Settings.";
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.detail()).isEqualTo(refused);
        assertThat(check).isEqualTo(new ConnectionCheck(false, refused));
        assertThat(scripted.connections()).isEqualTo(2);
        assertThat(scripted.commandsSeen("EHLO")).isZero();
    }

    @Test
    void startTlsToAServerTheTrustedCertificateDidNotSignSendsNeitherPasswordNorMessage() throws Exception {
        ScriptedSmtpServer server = startTlsServerPresenting(TestTlsIdentity.companyMailServer());
        List<X509Certificate> anotherAuthority = List.of(TestTlsIdentity.mailShopExample().certificate());

        SendResult result = send(settings(SmtpSecurity.STARTTLS, server.port(), anotherAuthority));

        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.detail()).startsWith("The certificate of localhost:" + server.port()
                + " was refused: the trusted certificate in Settings did not sign it.");
        assertThat(server.commandsSeen("AUTH")).isZero();
        assertThat(server.commandsSeen("MAIL")).isZero();
    }

    @Test
    void theHostNameIsCheckedEvenAgainstATrustedCertificate() throws Exception {
        TestTlsIdentity otherServer = TestTlsIdentity.mailShopExample();
        ScriptedSmtpServer server = startTlsServerPresenting(otherServer);

        SendResult result = send(settings(SmtpSecurity.STARTTLS, server.port(), List.of(otherServer.certificate())));

        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.detail()).startsWith("The certificate of localhost:" + server.port()
                + " was refused: it is not made out to localhost.");
        assertThat(server.logins()).isEmpty();
        assertThat(server.messagesAccepted()).isZero();
    }

    @Test
    void anExpiredCertificateIsRefusedForGood() throws Exception {
        TestTlsIdentity expired = TestTlsIdentity.expiredCompanyMailServer();
        ScriptedSmtpServer server = startTlsServerPresenting(expired);

        SendResult result = send(settings(SmtpSecurity.STARTTLS, server.port(), List.of(expired.authority())));

        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.detail()).startsWith("The certificate of localhost:" + server.port()
                + " was refused: it has expired.");
        assertThat(server.logins()).isEmpty();
    }

    @Test
    void aServerWithoutStartTlsGetsNeitherPasswordNorMessageInPlainText() throws Exception {
        scripted = new ScriptedSmtpServer();
        SmtpSettings settings = settings(SmtpSecurity.STARTTLS, scripted.port(), List.of());

        SendResult result = send(settings);
        ConnectionCheck check = testConnection(settings);

        String noStartTls = "The server localhost:" + scripted.port() + " does not offer STARTTLS, so nothing was "
                + "sent: Tidings never sends the password or messages unencrypted. Choose SMTPS if the server uses "
                + "TLS from the start (usually port 465), or ask its administrator to turn STARTTLS on.";
        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.detail()).isEqualTo(noStartTls);
        assertThat(check).isEqualTo(new ConnectionCheck(false, noStartTls));
        assertThat(scripted.commandsInPlainText()).doesNotContain("AUTH", "MAIL", "RCPT", "DATA");
        assertThat(scripted.logins()).isEmpty();
        assertThat(scripted.messagesAccepted()).isZero();
    }
}
