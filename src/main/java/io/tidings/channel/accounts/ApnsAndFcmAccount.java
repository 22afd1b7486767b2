package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.push.PushPlatform;
import io.tidings.channel.push.PushRouter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Push through APNs and FCM together, for an audience on iPhones and Android phones: settings
 * {@code "push": {"provider": ["apns", "fcm"], "apns": {...}, "fcm": {...}}}. Each endpoint goes to the service
 * of its channel type; a problem's field is named within its service's section ({@code apns.keyId}).
 */
public record ApnsAndFcmAccount(ApnsAccount apns, FcmAccount fcm) implements ProviderAccount {

    public ApnsAndFcmAccount {
        Objects.requireNonNull(apns, "apns");
        Objects.requireNonNull(fcm, "fcm");
    }

    /** Each service's account by its provider name, in the order the settings list them. */
    public Map<String, ProviderAccount> services() {
        Map<String, ProviderAccount> services = new LinkedHashMap<>();
        services.put(Providers.nameOf(apns), apns);
        services.put(Providers.nameOf(fcm), fcm);
        return services;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.PUSH;
    }

    @Override
    public String describe() {
        return apns.describe() + " and " + fcm.describe();
    }

    @Override
    public void check(SenderContext context) {
        services().forEach((name, service) -> within(name, () -> service.check(context)));
    }

    @Override
    public ChannelSender open(SenderContext context) {
        Map<PushPlatform, ChannelSender> senders = new EnumMap<>(PushPlatform.class);
        try {
            within(Providers.nameOf(apns), () -> senders.putAll(apns.openPlatforms(context)));
            within(Providers.nameOf(fcm), () -> senders.putAll(fcm.openPlatforms(context)));
        } catch (RuntimeException failed) {
            senders.values().stream().distinct().forEach(ChannelSender::close);
            throw failed;
        }
        return new PushRouter(senders);
    }

    /** Runs one service's step; a field it names is named within that service's section. */
    private static void within(String service, Runnable step) {
        try {
            step.run();
        } catch (AccountFieldException field) {
            throw new AccountFieldException(service + "." + field.field(), field.getMessage());
        } catch (IllegalArgumentException wrong) {
            throw new AccountFieldException(service, wrong.getMessage());
        }
    }
}
