package io.tidings.channel.accounts.ui;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccountsJson;
import io.tidings.channel.accounts.Providers;
import io.tidings.channel.accounts.Secret;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every setting a channel's form has: each provider's, read from its account record (whose components are the
 * keys of its section, so a provider added to {@link Providers} gets a form without screen code) in the order of
 * {@link SettingWords}, then the channel's own (its rate limit is on the Sending limits page instead).
 */
final class SettingsOfChannel {

    private SettingsOfChannel() {
    }

    static List<Setting> of(DeliveryChannel channel) {
        List<Setting> settings = new ArrayList<>();
        for (Providers.Provider provider : Providers.of(channel)) {
            Arrays.stream(provider.account().getRecordComponents())
                    .sorted(Comparator.comparingInt(component -> SettingWords.rank(provider.name(), component.getName())))
                    .forEach(component -> settings.add(
                            setting(channel, provider.name(), component.getName(), component.getType())));
        }
        if (channel == DeliveryChannel.EMAIL) {
            // The tracking base URL is Settings › Tracking server's public base URL now: not asked here twice.
            ChannelAccountsJson.EMAIL_KEYS.stream().filter(key -> !key.equals(ChannelAccountsJson.TRACKING_BASE_URL))
                    .forEach(key -> settings.add(setting(channel, null, key, String.class)));
        }
        return settings;
    }

    private static Setting setting(DeliveryChannel channel, String provider, String key, Class<?> type) {
        String path = Setting.path(channel, provider, key);
        if (type == Secret.class) {
            return new SecretSetting(path, provider, key);
        }
        if (type.isEnum()) {
            return new ChoiceSetting(path, provider, key, type);
        }
        if (type == Boolean.class || type == boolean.class) {
            return new FlagSetting(path, provider, key);
        }
        return new TextSetting(path, provider, key, type);
    }
}
