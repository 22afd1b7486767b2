package io.tidings.channel.accounts.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A setting that is on or off, such as allowing an SMTP login without encryption; off is left out of the JSON. */
final class FlagSetting extends PlacedSetting {

    private final BooleanProperty value = new SimpleBooleanProperty(this, "value");

    FlagSetting(String path, String provider, String key) {
        super(path, provider, key);
    }

    BooleanProperty valueProperty() {
        return value;
    }

    @Override
    public List<Observable> observables() {
        return List.of(value);
    }

    @Override
    public JsonNode json() {
        return value.get() ? BooleanNode.TRUE : null;
    }

    @Override
    public void show(JsonNode stored) {
        value.set(stored != null && stored.asBoolean(false));
    }
}
