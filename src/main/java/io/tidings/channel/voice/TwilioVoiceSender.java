package io.tidings.channel.voice;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.http.FormBody;
import io.tidings.channel.http.HttpProviderClient;
import io.tidings.channel.http.HttpTimeouts;
import io.tidings.channel.http.TwilioAccount;
import io.tidings.channel.http.TwilioDialect;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Places voice calls through Twilio's Calls resource, the script spoken by one {@code <Say>}; safe for
 * concurrent sends.
 */
public final class TwilioVoiceSender implements ChannelSender {

    static final Map<Integer, String> DEAD_ADDRESS_CODES = Map.of(
            21211, "The number is not a valid phone number",
            21217, "The number does not appear to be valid",
            13223, "The number is not in a valid phone number format",
            13224, "The number cannot be called");

    /** Twilio's own voices, used as named; any other name is taken as an Amazon Polly voice, as Pinpoint's are. */
    private static final Set<String> TWILIO_VOICES = Set.of("man", "woman", "alice");

    private final TwilioVoiceSettings settings;
    private final HttpProviderClient client;
    private final TwilioAccount account;
    private final TwilioDialect dialect = new TwilioDialect("The voice provider", DEAD_ADDRESS_CODES);

    public TwilioVoiceSender(TwilioVoiceSettings settings, HttpTimeouts timeouts, Clock clock) {
        this.settings = settings;
        this.client = new HttpProviderClient(timeouts, clock);
        this.account = new TwilioAccount(settings.baseUrl(), settings.accountSid(), settings.authToken());
    }

    public TwilioVoiceSender(TwilioVoiceSettings settings) {
        this(settings, HttpTimeouts.DEFAULT, Clock.systemUTC());
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.VOICE;
    }

    @Override
    public int maxConcurrency() {
        return settings.maxConcurrency();
    }

    @Override
    public SendResult send(OutboundMessage message) {
        String twiml;
        try {
            twiml = TwimlScript.say(message.textBody(), twilioVoice(message.attributes().get("voice.voiceId")),
                    message.attributes().get("voice.languageCode"));
        } catch (InvalidVoiceScriptException invalid) {
            return SendResult.permanentFailure(invalid.getMessage());
        }
        String from = message.from() == null || message.from().isBlank() ? settings.fromNumber() : message.from();
        FormBody form = new FormBody()
                .add("To", message.address())
                .add("From", from)
                .add("Twiml", twiml);
        return client.send(account.post(client, "/Calls.json", form), dialect);
    }

    /** Pinpoint names Polly voices ("Joanna"); Twilio wants them as "Polly.Joanna". */
    static String twilioVoice(String voiceId) {
        if (voiceId == null || voiceId.isBlank()) {
            return null;
        }
        String voice = voiceId.strip();
        return voice.contains(".") || TWILIO_VOICES.contains(voice) ? voice : "Polly." + voice;
    }

    @Override
    public ConnectionCheck testConnection() {
        return account.check(client);
    }

    @Override
    public void close() {
        client.close();
    }
}
