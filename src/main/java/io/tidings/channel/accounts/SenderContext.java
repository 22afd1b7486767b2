package io.tidings.channel.accounts;

import io.tidings.channel.sms.SmsFeedback;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What a provider account needs besides its own values to become a channel adapter.
 *
 * @param email the workspace's From address and name, for email providers
 * @param environment reads environment variables for {@code env:} secrets
 * @param smsFeedback where SMS providers that report back (SMPP) hand delivery receipts and inbound messages
 * @param webhookSecret the workspace's webhook secret, which signs custom messages' calls; it throws when the secret
 *     cannot be read on this computer
 */
public record SenderContext(EmailSettings email, UnaryOperator<String> environment, Clock clock,
        SmsFeedback smsFeedback, Supplier<String> webhookSecret) {

    private static final String STAND_IN = "stand-in";

    /** The secret's value, or null when there is none. */
    String secret(String field, Secret secret) {
        return secret == null ? null : secret.value(field, environment);
    }

    /** For {@link ProviderAccount#check}: the secret's form is checked and a stand-in returned instead of it. */
    static String standIn(String field, Secret secret) {
        if (secret == null) {
            return null;
        }
        secret.check(field);
        return STAND_IN;
    }

    /** For {@link ChannelAccounts#problems()}: a valid stand-in From, no environment. */
    static SenderContext forChecking() {
        return new SenderContext(EmailSettings.STAND_IN, variable -> null, Clock.systemUTC(), null, () -> STAND_IN);
    }
}
