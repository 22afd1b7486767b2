package io.tidings.channel.sms;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.http.HttpProviderClient;
import io.tidings.channel.http.HttpTimeouts;
import java.time.Clock;
import java.util.Locale;

/** Sends SMS through an HTTP provider, in the {@link SmsProviderStyle} its settings name; safe for concurrent sends. */
public final class HttpSmsSender implements ChannelSender {

    private final HttpSmsSettings settings;
    private final HttpProviderClient client;
    private final SmsProviderProtocol protocol;

    public HttpSmsSender(HttpSmsSettings settings, HttpTimeouts timeouts, Clock clock) {
        this.settings = settings;
        this.client = new HttpProviderClient(timeouts, clock);
        this.protocol = switch (settings.style()) {
            case JSON_WEBHOOK -> new JsonWebhookProtocol(settings);
            case TWILIO_FORM -> new TwilioFormProtocol(settings);
        };
    }

    public HttpSmsSender(HttpSmsSettings settings) {
        this(settings, HttpTimeouts.DEFAULT, Clock.systemUTC());
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public int maxConcurrency() {
        return settings.maxConcurrency();
    }

    @Override
    public SendResult send(OutboundMessage message) {
        String from = message.from() == null || message.from().isBlank() ? settings.defaultFrom() : message.from();
        return client.send(protocol.request(client, message, from, messageType(message)), protocol.dialect());
    }

    /** The message's {@code sms.messageType} attribute when it has one, else what its promotional flag says. */
    static String messageType(OutboundMessage message) {
        String declared = message.attributes().get("sms.messageType");
        if (declared != null && !declared.isBlank()) {
            return declared.strip().toUpperCase(Locale.ROOT);
        }
        return message.promotional() ? "PROMOTIONAL" : "TRANSACTIONAL";
    }

    @Override
    public ConnectionCheck testConnection() {
        return protocol.check(client);
    }

    @Override
    public void close() {
        client.close();
    }
}
