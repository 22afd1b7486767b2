package io.tidings.channel.accounts.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.tidings.channel.accounts.Secret;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A password, token or key: typed in (then kept in the workspace), or read from an environment variable or a
 * file when sending. A value kept in the workspace is never shown again: the field stays empty, says it is
 * stored, and keeps it until something is typed in its place.
 */
final class SecretSetting extends PlacedSetting {

    private static final String[] PREFIXES = {"env:", "file:", "text:"};

    /** Where a secret comes from. */
    enum Source {
        VALUE("Stored in the workspace"), ENVIRONMENT("From environment variable"), FILE("From a file");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.VALUE);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Secret> kept = new SimpleObjectProperty<>(this, "kept");
    private final BooleanBinding stored = Bindings.createBooleanBinding(
            () -> source.get() == Source.VALUE && text.get().isEmpty() && kept.get() != null, source, text, kept);

    SecretSetting(String path, String provider, String key) {
        super(path, provider, key);
    }

    ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The value typed in, the variable's name, or the file's path, as the source says. */
    StringProperty textProperty() {
        return text;
    }

    /** What the note under the field says while the secret is typed in, so that the form keeps its shape. */
    javafx.beans.binding.StringBinding noteBinding() {
        return Bindings.createStringBinding(() -> kept.get() == null
                ? "Kept in this workspace's file and never shown again."
                : text.get().isEmpty() ? "Stored in this workspace and never shown: type a new one to replace it."
                : "Replaces the stored one when you save.", kept, text);
    }

    /** True while the secret kept in the workspace is used, unseen. */
    BooleanBinding storedBinding() {
        return stored;
    }

    @Override
    public List<Observable> observables() {
        return List.of(source, text);
    }

    @Override
    public JsonNode json() {
        String typed = source.get() == Source.VALUE ? text.get() : text.get().strip();
        if (typed.isEmpty()) {
            return stored.get() ? TextNode.valueOf(kept.get().reference()) : null;
        }
        return TextNode.valueOf(switch (source.get()) {
            case ENVIRONMENT -> "env:" + typed;
            case FILE -> "file:" + typed;
            case VALUE -> startsWithPrefix(typed) ? "text:" + typed : typed;
        });
    }

    @Override
    public void show(JsonNode storedValue) {
        Secret secret = storedValue == null || !storedValue.isTextual() ? null : Secret.of(storedValue.asText());
        kept.set(null);
        if (secret == null) {
            source.set(Source.VALUE);
            text.set("");
        } else if (secret.reference().startsWith("env:")) {
            source.set(Source.ENVIRONMENT);
            text.set(secret.reference().substring("env:".length()));
        } else if (secret.reference().startsWith("file:")) {
            source.set(Source.FILE);
            text.set(secret.reference().substring("file:".length()));
        } else {
            source.set(Source.VALUE);
            text.set("");
            kept.set(secret);
        }
    }

    private static boolean startsWithPrefix(String typed) {
        for (String prefix : PREFIXES) {
            if (typed.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
