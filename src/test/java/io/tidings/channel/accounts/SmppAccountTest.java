package io.tidings.channel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.sms.smpp.TestSmsc;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmppAccountTest {

    @TempDir
    Path folder;

    private static String settings(int port, String password) {
        return settings(port, TestSmsc.SYSTEM_ID, password);
    }

    private static String settings(int port, String systemId, String password) {
        return """
                {"sms": {"provider": "smpp", "ratePerSecond": 10,
                         "smpp": {"host": "127.0.0.1", "port": %d, "systemId": "%s", "password": "%s",
                                  "binds": 2, "defaultFrom": "ShopNews"}}}
                """.formatted(port, systemId, password);
    }

    @Test
    void anSmppAccountFromASettingsFileSendsThroughTheSmsc() throws Exception {
        try (TestSmsc smsc = TestSmsc.start();
                Database database = Database.open(folder.resolve("sms.tidings"))) {
            Migrations.migrate(database);
            ChannelAccountService service = Wiring.channelAccounts(database,
                    Map.of("SMSC_PASSWORD", TestSmsc.PASSWORD)::get, Clock.systemUTC());
            ChannelAccounts accounts = ChannelAccountsJson.read("settings.json", settings(smsc.port(), "env:SMSC_PASSWORD"));
            service.save(accounts);

            assertThat(service.load()).isEqualTo(accounts);
            assertThat(service.testConnection(accounts, DeliveryChannel.SMS).ok()).isTrue();
            try (ChannelSenders senders = service.openSenders(accounts, List.of(DeliveryChannel.SMS))) {
                SendResult result = senders.byChannel().get(DeliveryChannel.SMS).send(new OutboundMessage("41",
                        DeliveryChannel.SMS, "+14155550123", null, null, null, "Your order has shipped.", false, null,
                        Map.of()));

                assertThat(result.outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
                TestSmsc.Submitted submitted = smsc.nextSubmit();
                assertThat(submitted.source()).isEqualTo("ShopNews");
                assertThat(submitted.text()).isEqualTo("Your order has shipped.");
            }
        }
    }

    @Test
    void aSystemIdLongerThanSmppAllowsIsNamedByItsPath() {
        assertThatThrownBy(() -> ChannelAccountsJson.read("settings.json",
                settings(2775, "a-system-id-too-long", "env:SMSC_PASSWORD")))
                .isInstanceOf(InvalidAccountsException.class)
                .hasMessageContaining("sms.smpp: System ID");
    }
}
