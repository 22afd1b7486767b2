package io.tidings.channel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult.Outcome;
import io.tidings.channel.TestTlsIdentity;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.channel.email.SmtpsGreenMail;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An SMTP account that trusts a company mail server's own certificate, from settings JSON to a sent message. */
class SmtpAccountTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(SmtpsGreenMail.presentingCompanyMailServer())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("news@shop.example", "sender", "s3cret"));

    private static final String CERTIFICATE_FIELD = "email.smtp.trustedCertificate";

    @TempDir
    Path folder;

    private Database database;
    private ChannelAccountService service;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("accounts.tidings"));
        Migrations.migrate(database);
        service = Wiring.channelAccounts(database, Map.of("SMTP_PASSWORD", "s3cret")::get, Clock.systemUTC());
    }

    @AfterEach
    void closeWorkspace() {
        database.close();
    }

    private static ChannelAccounts smtps(SmtpSecurity security, String trustedCertificate) {
        return ChannelAccounts.SANDBOX
                .with(new ChannelAccount(DeliveryChannel.EMAIL, new SmtpAccount("localhost",
                        GREEN_MAIL.getSmtps().getPort(), security, "sender", Secret.environment("SMTP_PASSWORD"), 1,
                        trustedCertificate), null))
                .withEmail(new EmailSettings("news@shop.example", "Shop News", null));
    }

    private Path companyCertificate() throws Exception {
        return Files.writeString(folder.resolve("mail-ca.pem"), TestTlsIdentity.companyMailServer().pem());
    }

    @Test
    void theTrustedCertificateIsReadFromSettingsJsonAndWrittenBack() {
        ChannelAccounts accounts = ChannelAccountsJson.read("settings.json", """
                {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                           "smtp": {"host": "mail.shop.example", "security": "smtps", "username": "news",
                                    "password": "env:SMTP_PASSWORD", "trustedCertificate": "/etc/tidings/mail-ca.pem"}}}
                """);

        assertThat(accounts.account(DeliveryChannel.EMAIL).provider()).isEqualTo(new SmtpAccount("mail.shop.example",
                null, SmtpSecurity.SMTPS, "news", Secret.environment("SMTP_PASSWORD"), null, "/etc/tidings/mail-ca.pem"));
        String written = ChannelAccountsJson.write(accounts);
        assertThat(written).contains("\"trustedCertificate\" : \"/etc/tidings/mail-ca.pem\"");
        assertThat(ChannelAccountsJson.read("again", written)).isEqualTo(accounts);
    }

    @Test
    void sendsOverSmtpsToAServerWhoseCertificateIsTrustedThroughTheSettingsFile() throws Exception {
        ChannelAccounts accounts = smtps(SmtpSecurity.SMTPS, companyCertificate().toString());
        service.save(accounts);

        ConnectionCheck check = service.testConnection(service.load(), DeliveryChannel.EMAIL);
        try (ChannelSenders senders = service.openSenders(service.load(), List.of(DeliveryChannel.EMAIL))) {
            Outcome outcome = senders.byChannel().get(DeliveryChannel.EMAIL).send(new OutboundMessage("9",
                    DeliveryChannel.EMAIL, "ana@example.org", null, "Hi", null, "Hello", false, null, Map.of()))
                    .outcome();

            assertThat(outcome).isEqualTo(Outcome.ACCEPTED);
        }
        assertThat(check.ok()).as(check.message()).isTrue();
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMissingUnreadableOrForeignFileIsNamedAtTheTrustedCertificate() throws Exception {
        Path missing = folder.resolve("gone.pem");
        Path notPem = Files.writeString(folder.resolve("notes.pem"), "not a certificate");
        Path aFolder = Files.createDirectory(folder.resolve("certificates"));

        assertThat(service.testConnection(smtps(SmtpSecurity.SMTPS, missing.toString()), DeliveryChannel.EMAIL))
                .isEqualTo(new ConnectionCheck(false, CERTIFICATE_FIELD + ": there is no file " + missing + "."));
        assertThat(service.testConnection(smtps(SmtpSecurity.SMTPS, notPem.toString()), DeliveryChannel.EMAIL)
                .message()).startsWith(CERTIFICATE_FIELD + ": " + notPem + " is not a PEM certificate (");
        assertThat(service.testConnection(smtps(SmtpSecurity.SMTPS, aFolder.toString()), DeliveryChannel.EMAIL)
                .message()).startsWith(CERTIFICATE_FIELD + ": " + aFolder + " could not be read (");
        assertThatThrownBy(() -> service.openSenders(smtps(SmtpSecurity.SMTPS, missing.toString()),
                List.of(DeliveryChannel.EMAIL)))
                .isInstanceOfSatisfying(InvalidAccountsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new AccountProblem(CERTIFICATE_FIELD, "there is no file " + missing + ".")));
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void savingChecksTheSettingWithoutReadingTheFile() {
        assertThat(service.validate(smtps(SmtpSecurity.SMTPS, "/etc/tidings/on-the-server-only.pem"))).isEmpty();
        assertThat(service.validate(smtps(SmtpSecurity.STARTTLS, "mail\0ca.pem"))).singleElement()
                .satisfies(problem -> assertThat(problem.describe())
                        // The NUL is written out (issue 16, item 10), not passed on to the terminal.
                        .startsWith(CERTIFICATE_FIELD + ": \"mail\\u0000ca.pem\" does not name a file ("));
        assertThat(service.validate(smtps(SmtpSecurity.NONE, "/etc/tidings/mail-ca.pem"))).containsExactly(
                new AccountProblem(CERTIFICATE_FIELD, "a trusted certificate is used only over TLS: choose STARTTLS "
                        + "or SMTPS security, or leave the trusted certificate empty."));
    }
}
