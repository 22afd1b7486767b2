package io.tidings.channel.accounts.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A setting chosen from a list, such as the SMTP security or the APNs server. */
final class ChoiceSetting extends PlacedSetting {

    private final Class<?> type;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");

    ChoiceSetting(String path, String provider, String key, Class<?> type) {
        super(path, provider, key);
        this.type = type;
        value.set(SettingWords.firstChoice(type));
    }

    ObjectProperty<Object> valueProperty() {
        return value;
    }

    List<Object> choices() {
        return Arrays.asList(type.getEnumConstants());
    }

    /** True when the chosen value is {@code constant}'s name. */
    boolean is(String constant) {
        return value.get() instanceof Enum<?> chosen && chosen.name().equals(constant);
    }

    @Override
    public List<Observable> observables() {
        return List.of(value);
    }

    @Override
    public JsonNode json() {
        return value.get() instanceof Enum<?> chosen ? TextNode.valueOf(chosen.name().toLowerCase(Locale.ROOT)) : null;
    }

    @Override
    public void show(JsonNode stored) {
        String name = stored == null ? "" : stored.asText();
        value.set(choices().stream().filter(choice -> ((Enum<?>) choice).name().equalsIgnoreCase(name)).findFirst()
                .orElse(SettingWords.firstChoice(type)));
    }
}
