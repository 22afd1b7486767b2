package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.http.HttpTimeouts;
import io.tidings.channel.voice.TwilioVoiceSender;
import io.tidings.channel.voice.TwilioVoiceSettings;

/**
 * A Twilio-compatible voice account (section {@code voice.twilioVoice}).
 *
 * @param baseUrl null for Twilio's own API
 * @param maxConcurrency null for 4
 */
public record TwilioVoiceAccount(
        String baseUrl, String accountSid, Secret authToken, String fromNumber, Integer maxConcurrency)
        implements ProviderAccount {

    public static final String TWILIO_API = "https://api.twilio.com";
    static final int DEFAULT_CONCURRENCY = 4;
    private static final AdapterFields FIELDS = new AdapterFields("Base URL", "baseUrl", "Account SID", "accountSid",
            "Auth token", "authToken", "From number", "fromNumber", "Max concurrency", "maxConcurrency");

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.VOICE;
    }

    @Override
    public String describe() {
        return "the Twilio-compatible voice API at " + (baseUrl == null ? TWILIO_API : baseUrl);
    }

    @Override
    public void check(SenderContext context) {
        settings(SenderContext::standIn);
    }

    @Override
    public ChannelSender open(SenderContext context) {
        return new TwilioVoiceSender(settings(context::secret), HttpTimeouts.DEFAULT, context.clock());
    }

    private TwilioVoiceSettings settings(SecretReader secrets) {
        String token = secrets.value("authToken", authToken);
        return FIELDS.check(() -> new TwilioVoiceSettings(baseUrl == null ? TWILIO_API : baseUrl, accountSid, token,
                fromNumber, maxConcurrency == null ? DEFAULT_CONCURRENCY : maxConcurrency));
    }
}
