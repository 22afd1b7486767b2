package io.tidings.channel.accounts;

import io.tidings.channel.DeliveryChannel;
import java.util.List;
import java.util.Optional;

/**
 * Every provider Tidings can send through besides the sandbox, by the name the settings JSON uses for it
 * (the {@code provider} value and the key of its section). Add a provider here.
 */
public final class Providers {

    /** The name of the sandbox, the provider of every channel that has no account. */
    public static final String SANDBOX = "sandbox";

    /** One provider: its settings name, its channel and the record holding its account. */
    public record Provider(String name, DeliveryChannel channel, Class<? extends ProviderAccount> account) {
    }

    public static final List<Provider> ALL = List.of(
            new Provider("smtp", DeliveryChannel.EMAIL, SmtpAccount.class),
            new Provider("httpSms", DeliveryChannel.SMS, HttpSmsAccount.class),
            new Provider("smpp", DeliveryChannel.SMS, SmppAccount.class),
            new Provider("fcm", DeliveryChannel.PUSH, FcmAccount.class),
            new Provider("twilioVoice", DeliveryChannel.VOICE, TwilioVoiceAccount.class));

    private Providers() {
    }

    public static Optional<Provider> named(DeliveryChannel channel, String name) {
        return ALL.stream().filter(each -> each.channel() == channel && each.name().equals(name)).findFirst();
    }

    public static List<Provider> of(DeliveryChannel channel) {
        return ALL.stream().filter(each -> each.channel() == channel).toList();
    }

    /** The name of the provider an account belongs to. */
    public static String nameOf(ProviderAccount account) {
        if (account == null) {
            return SANDBOX;
        }
        return ALL.stream().filter(each -> each.account().isInstance(account)).map(Provider::name).findFirst()
                .orElseThrow(() -> new IllegalStateException(account.getClass() + " is not listed in Providers.ALL"));
    }
}
