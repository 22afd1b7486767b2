package io.tidings.channel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.template.TemplateService;
import io.tidings.wiring.Wiring;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ChannelAccountServiceTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("news@shop.example", "sender", "s3cret"));

    private static final Map<String, String> ENVIRONMENT = Map.of("SHOP_SMTP_PASSWORD", "s3cret");

    @TempDir
    Path folder;

    private Database database;
    private ChannelAccountService service;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("accounts.tidings"));
        Migrations.migrate(database);
        service = Wiring.channelAccounts(database, ENVIRONMENT::get, Clock.systemUTC());
    }

    @AfterEach
    void closeWorkspace() {
        database.close();
    }

    private static ChannelAccounts smtpWithPassword(String password) {
        return ChannelAccounts.SANDBOX
                .with(new ChannelAccount(DeliveryChannel.EMAIL, new SmtpAccount("127.0.0.1", GREEN_MAIL.getSmtp().getPort(),
                        SmtpSecurity.NONE, "sender", new Secret(password), 1, null, true), 20.0))
                .withEmail(new EmailSettings("news@shop.example", "Shop News", null));
    }

    @Test
    void aNewWorkspaceSendsEverythingToTheSandbox() {
        assertThat(service.load()).isEqualTo(ChannelAccounts.SANDBOX);
    }

    @Test
    void savedAccountsLoadAgainWithSecretReferencesNotValues() {
        ChannelAccounts accounts = smtpWithPassword("env:SHOP_SMTP_PASSWORD");

        service.save(accounts);

        assertThat(service.load()).isEqualTo(accounts);
        String stored = database.read(connection -> new ChannelAccountRepository().rows(connection))
                .get(DeliveryChannel.EMAIL);
        assertThat(stored).contains("env:SHOP_SMTP_PASSWORD").doesNotContain("s3cret");
    }

    @Test
    void accountsWithProblemsAreNotSavedAndTheStoredOnesStay() {
        ChannelAccounts good = smtpWithPassword("env:SHOP_SMTP_PASSWORD");
        service.save(good);
        ChannelAccounts noFrom = good.withEmail(EmailSettings.NONE);

        assertThat(service.validate(noFrom)).extracting(AccountProblem::field).containsExactly("email.fromAddress");
        assertThatThrownBy(() -> service.save(noFrom)).isInstanceOf(InvalidAccountsException.class)
                .hasMessage("The channel accounts were not saved: email.fromAddress: the From address is missing: "
                        + "enter the address your messages come from.");
        assertThat(service.load()).isEqualTo(good);
    }

    @Test
    void testConnectionLogsInWithTheSecretFromTheEnvironment() {
        ConnectionCheck ok = service.testConnection(smtpWithPassword("env:SHOP_SMTP_PASSWORD"), DeliveryChannel.EMAIL);
        ConnectionCheck refused = service.testConnection(smtpWithPassword("wrong"), DeliveryChannel.EMAIL);
        ConnectionCheck unset = service.testConnection(smtpWithPassword("env:UNSET_VARIABLE"), DeliveryChannel.EMAIL);
        ConnectionCheck sandbox = service.testConnection(ChannelAccounts.SANDBOX, DeliveryChannel.SMS);

        assertThat(ok.ok()).isTrue();
        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).contains("user name or password");
        assertThat(unset).isEqualTo(new ConnectionCheck(false,
                "email.smtp.password: the environment variable UNSET_VARIABLE is not set."));
        assertThat(sandbox.ok()).isTrue();
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void theEngineGetsTheProviderWhereThereIsAnAccountAndTheSandboxElsewhere() throws Exception {
        try (ChannelSenders senders = service.openSenders(smtpWithPassword("env:SHOP_SMTP_PASSWORD"),
                List.of(DeliveryChannel.EMAIL, DeliveryChannel.SMS))) {
            SendResult email = senders.byChannel().get(DeliveryChannel.EMAIL).send(new OutboundMessage("7",
                    DeliveryChannel.EMAIL, "ana@example.org", null, "Hi", null, "Hello", false, null, Map.of()));
            SendResult sms = senders.byChannel().get(DeliveryChannel.SMS).send(new OutboundMessage("8",
                    DeliveryChannel.SMS, "+15550100", null, null, null, "Hello", false, null, Map.of()));

            assertThat(email.outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
            assertThat(sms.outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
            assertThat(senders.byChannel()).containsOnlyKeys(DeliveryChannel.EMAIL, DeliveryChannel.SMS);
        }
        MimeMessage received = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(received.getHeader("From", null)).isEqualTo("Shop News <news@shop.example>");
        assertThat(received.getMessageID()).isEqualTo("<7@shop.example>");
        assertThat(Wiring.templateService(database).sandboxMessages(10)).singleElement()
                .satisfies(message -> assertThat(message.address()).isEqualTo("+15550100"));
    }

    @Test
    void theAppsSendersFollowTheAccountsAsTheyAreSavedWithoutARestart() throws Exception {
        try (LiveChannelSenders live = new LiveChannelSenders(service)) {
            service.whenSaved(live::reload);
            ChannelSender email = live.byChannel().get(DeliveryChannel.EMAIL);
            live.reload();

            assertThat(email.send(message("1")).outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
            assertThat(Wiring.templateService(database).sandboxMessages(10)).hasSize(1);
            assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

            service.save(smtpWithPassword("env:SHOP_SMTP_PASSWORD"));
            assertThat(email.send(message("2")).outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
            assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);

            service.save(smtpWithPassword("env:UNSET_VARIABLE"));
            SendResult unusable = email.send(message("3"));
            assertThat(unusable.outcome()).as("retried, not sent elsewhere").isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
            assertThat(unusable.detail()).contains("email.smtp.password").contains("UNSET_VARIABLE");
            assertThat(Wiring.templateService(database).sandboxMessages(10)).hasSize(1);
            assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        }
    }

    private static OutboundMessage message(String id) {
        return new OutboundMessage(id, DeliveryChannel.EMAIL, "ana@example.org", null, "Hi", null, "Hello", false, null,
                Map.of());
    }

    @Test
    void aSecretThatCannotBeReadStopsTheEngineFromStartingAndNamesTheField() {
        assertThatThrownBy(() -> service.openSenders(smtpWithPassword("env:UNSET_VARIABLE"), List.of(DeliveryChannel.EMAIL)))
                .isInstanceOfSatisfying(InvalidAccountsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new AccountProblem("email.smtp.password",
                                "the environment variable UNSET_VARIABLE is not set.")));
    }
}
