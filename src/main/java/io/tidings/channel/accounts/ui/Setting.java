package io.tidings.channel.accounts.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccounts;
import java.util.List;
import javafx.beans.Observable;

/**
 * One field of a channel's settings form. It is addressed by its path in the settings JSON, so the form is read
 * through the one settings reader and each of its problems comes back with the path of its field.
 */
sealed interface Setting permits PlacedSetting {

    /** Where the setting is, such as {@code email.smtp.port}. */
    String path();

    /** The provider whose section holds it, or null for a setting of the channel itself (its rate, its From). */
    String provider();

    /** Its key within its section, such as {@code port}. */
    String key();

    default SettingWords words() {
        return SettingWords.of(provider(), key());
    }

    /** What changes when the user edits the setting. */
    List<Observable> observables();

    /** The value as the settings JSON holds it, or null when the field is empty. */
    JsonNode json();

    /** Shows a stored value (null or missing when there is none). */
    void show(JsonNode stored);

    static String path(DeliveryChannel channel, String provider, String key) {
        return ChannelAccounts.section(channel) + "." + (provider == null ? "" : provider + ".") + key;
    }

    /** The JSON Pointer of a path, for reading a stored value: {@code /email/smtp/port}. */
    static String pointer(String path) {
        return "/" + path.replace('.', '/');
    }
}
