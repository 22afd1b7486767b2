package io.tidings.channel.accounts.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A setting typed as text: a name, an address, or a number. Text that is not a number stays text in the JSON, so
 * the settings reader names the field ("\"abc\" is not a whole number.").
 */
final class TextSetting extends PlacedSetting {

    private final Class<?> type;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    TextSetting(String path, String provider, String key, Class<?> type) {
        super(path, provider, key);
        this.type = type;
    }

    StringProperty textProperty() {
        return text;
    }

    /** True for a number (a port, a rate), which needs a short field. */
    boolean isNumber() {
        return type == Integer.class || type == int.class || type == Double.class || type == double.class;
    }

    @Override
    public List<Observable> observables() {
        return List.of(text);
    }

    @Override
    public JsonNode json() {
        String value = text.get() == null ? "" : text.get().strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (type == Integer.class || type == int.class) {
                return IntNode.valueOf(Integer.parseInt(value));
            }
            if (type == Double.class || type == double.class) {
                return DoubleNode.valueOf(Double.parseDouble(value));
            }
        } catch (NumberFormatException notANumber) {
            return TextNode.valueOf(value);
        }
        return TextNode.valueOf(value);
    }

    @Override
    public void show(JsonNode stored) {
        if (stored == null || stored.isMissingNode() || stored.isNull()) {
            text.set("");
        } else if (stored.isNumber()) {
            text.set(stored.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            text.set(stored.asText());
        }
    }
}
