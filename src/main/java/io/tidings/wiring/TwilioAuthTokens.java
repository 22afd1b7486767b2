package io.tidings.wiring;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.HttpSmsAccount;
import io.tidings.channel.accounts.Secret;
import io.tidings.channel.accounts.TwilioVoiceAccount;
import io.tidings.channel.sms.SmsProviderStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The auth tokens of the workspace's Twilio-compatible accounts (SMS and voice), read from the saved channel
 * accounts each time a callback comes, so that a token changed in Settings applies at once. A token that cannot be
 * read (an unset environment variable) is left out and logged.
 */
final class TwilioAuthTokens implements Supplier<List<String>> {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioAuthTokens.class);

    private final ChannelAccountService accounts;
    private final UnaryOperator<String> environment;

    TwilioAuthTokens(ChannelAccountService accounts, UnaryOperator<String> environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public List<String> get() {
        ChannelAccounts saved = accounts.load();
        List<String> tokens = new ArrayList<>();
        if (saved.account(DeliveryChannel.SMS).provider() instanceof HttpSmsAccount sms
                && sms.style() == SmsProviderStyle.TWILIO_FORM) {
            add(tokens, sms.authToken());
        }
        if (saved.account(DeliveryChannel.VOICE).provider() instanceof TwilioVoiceAccount voice) {
            add(tokens, voice.authToken());
        }
        return tokens;
    }

    private void add(List<String> tokens, Secret token) {
        if (token == null) {
            return;
        }
        try {
            tokens.add(token.value("authToken", environment));
        } catch (RuntimeException unreadable) {
            LOG.warn("A Twilio auth token cannot be read to check a callback: {}", unreadable.getMessage());
        }
    }
}
