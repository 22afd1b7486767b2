package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.http.HttpTimeouts;
import io.tidings.channel.sms.HttpSmsSender;
import io.tidings.channel.sms.HttpSmsSettings;
import io.tidings.channel.sms.SmsProviderStyle;

/**
 * An HTTP SMS provider (section {@code sms.httpSms}): a JSON webhook with an API key, or a Twilio-compatible
 * API with an Account SID and Auth Token.
 *
 * @param maxConcurrency null for 4
 */
public record HttpSmsAccount(
        SmsProviderStyle style,
        String baseUrl,
        String accountSid,
        Secret apiKey,
        Secret authToken,
        String defaultFrom,
        String statusCallback,
        Integer maxConcurrency) implements ProviderAccount {

    static final int DEFAULT_CONCURRENCY = 4;
    private static final AdapterFields FIELDS = new AdapterFields("Provider style", "style", "Base URL", "baseUrl",
            "API key", "apiKey", "Account SID", "accountSid", "Auth token", "authToken",
            "Status callback URL", "statusCallback", "Default originating number", "defaultFrom",
            "Max concurrency", "maxConcurrency");

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public String describe() {
        return (style == SmsProviderStyle.TWILIO_FORM ? "the Twilio-compatible API at " : "the SMS webhook at ") + baseUrl;
    }

    @Override
    public void check(SenderContext context) {
        settings(SenderContext::standIn);
    }

    @Override
    public ChannelSender open(SenderContext context) {
        return new HttpSmsSender(settings(context::secret), HttpTimeouts.DEFAULT, context.clock());
    }

    private HttpSmsSettings settings(SecretReader secrets) {
        String key = secrets.value("apiKey", apiKey);
        String token = secrets.value("authToken", authToken);
        return FIELDS.check(() -> new HttpSmsSettings(baseUrl, style, accountSid, key, token, defaultFrom,
                statusCallback, maxConcurrency == null ? DEFAULT_CONCURRENCY : maxConcurrency));
    }
}
