package io.tidings.channel.accounts;

import io.tidings.channel.DeliveryChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
            new Provider("apns", DeliveryChannel.PUSH, ApnsAccount.class),
            new Provider("fcm", DeliveryChannel.PUSH, FcmAccount.class),
            new Provider("twilioVoice", DeliveryChannel.VOICE, TwilioVoiceAccount.class),
            new Provider("webhook", DeliveryChannel.CUSTOM, WebhookAccount.class));

    /** Push may go through APNs and FCM at once, each endpoint to the service of its channel type. */
    private static final List<String> APNS_AND_FCM = List.of("apns", "fcm");

    private Providers() {
    }

    /** What a channel can send through besides the sandbox: each provider alone, and for push APNs with FCM. */
    public static List<List<String>> choices(DeliveryChannel channel) {
        List<List<String>> choices = new ArrayList<>();
        of(channel).forEach(provider -> choices.add(List.of(provider.name())));
        if (channel == DeliveryChannel.PUSH) {
            choices.add(APNS_AND_FCM);
        }
        return choices;
    }

    /** The settings sections an account fills, by provider name: its own, or APNs' and FCM's for both together. */
    public static Map<String, ProviderAccount> sections(ProviderAccount account) {
        return account instanceof ApnsAndFcmAccount both ? both.services() : Map.of(nameOf(account), account);
    }

    /**
     * The account that sends through the providers of {@code sections} (the reverse of {@link #sections}).
     *
     * @throws IllegalArgumentException when those providers cannot send the channel together
     */
    static ProviderAccount together(DeliveryChannel channel, Map<String, ProviderAccount> sections) {
        if (sections.size() == 1) {
            return sections.values().iterator().next();
        }
        if (channel == DeliveryChannel.PUSH && sections.keySet().equals(Set.copyOf(APNS_AND_FCM))) {
            return new ApnsAndFcmAccount((ApnsAccount) sections.get("apns"), (FcmAccount) sections.get("fcm"));
        }
        throw new IllegalArgumentException(String.join(" and ", sections.keySet()) + " cannot send "
                + ChannelAccounts.section(channel) + " together.");
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
        if (account instanceof ApnsAndFcmAccount) {
            return String.join("+", APNS_AND_FCM);
        }
        return ALL.stream().filter(each -> each.account().isInstance(account)).map(Provider::name).findFirst()
                .orElseThrow(() -> new IllegalStateException(account.getClass() + " is not listed in Providers.ALL"));
    }
}
