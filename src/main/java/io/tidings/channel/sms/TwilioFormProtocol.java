package io.tidings.channel.sms;

import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.http.FormBody;
import io.tidings.channel.http.HttpProviderClient;
import io.tidings.channel.http.ProviderDialect;
import io.tidings.channel.http.TwilioAccount;
import io.tidings.channel.http.TwilioDialect;
import java.net.http.HttpRequest;
import java.util.Map;

/** Twilio's Messages resource: form fields {@code To}, {@code From}, {@code Body}, {@code StatusCallback}. */
final class TwilioFormProtocol implements SmsProviderProtocol {

    static final Map<Integer, String> DEAD_ADDRESS_CODES = Map.of(
            21211, "The number is not a valid phone number",
            21614, "The number is not a mobile number",
            21610, "The recipient opted out of messages from this number (replied STOP)");

    private final HttpSmsSettings settings;
    private final TwilioAccount account;
    private final TwilioDialect dialect = new TwilioDialect("The SMS provider", DEAD_ADDRESS_CODES);

    TwilioFormProtocol(HttpSmsSettings settings) {
        this.settings = settings;
        this.account = new TwilioAccount(settings.baseUrl(), settings.accountId(), settings.authToken());
    }

    @Override
    public HttpRequest request(HttpProviderClient client, OutboundMessage message, String from, String messageType) {
        FormBody form = new FormBody()
                .add("To", message.address())
                .add("From", from)
                .add("Body", message.textBody())
                .add("StatusCallback", settings.statusCallback());
        return account.post(client, "/Messages.json", form);
    }

    @Override
    public ProviderDialect dialect() {
        return dialect;
    }

    @Override
    public ConnectionCheck check(HttpProviderClient client) {
        return account.check(client);
    }
}
