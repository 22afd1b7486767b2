package io.tidings.apikey.ui;

import io.tidings.apikey.ApiKey;
import io.tidings.apikey.ApiKeyService;
import io.tidings.apikey.NewApiKey;
import io.tidings.apikey.UnreadableSecretException;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.UiCommand;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The API keys page: the workspace's application id and the addresses apps and providers send to, its keys, and
 * the webhook secret. Everything that reads or writes the workspace runs in the background.
 */
public final class ApiKeysViewModel {

    private final ApiKeyService keys;
    private final Supplier<String> serverAddress;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final ZoneId zone;

    private final ReadOnlyStringWrapper applicationId = new ReadOnlyStringWrapper(this, "applicationId", "");
    private final ReadOnlyStringWrapper putEventsUrl = new ReadOnlyStringWrapper(this, "putEventsUrl", "");
    private final ReadOnlyStringWrapper twilioStatusUrl = new ReadOnlyStringWrapper(this, "twilioStatusUrl", "");
    private final ReadOnlyStringWrapper twilioInboundUrl = new ReadOnlyStringWrapper(this, "twilioInboundUrl", "");
    private final ReadOnlyStringWrapper messagesWebhookUrl = new ReadOnlyStringWrapper(this, "messagesWebhookUrl", "");
    private final ReadOnlyStringWrapper webhookSecret = new ReadOnlyStringWrapper(this, "webhookSecret", "");
    private final ObservableList<ApiKeyRow> rows = FXCollections.observableArrayList();
    private final StringProperty newKeyName = new SimpleStringProperty(this, "newKeyName", "");
    private final ReadOnlyObjectWrapper<NewApiKey> createdKey = new ReadOnlyObjectWrapper<>(this, "createdKey");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper(this, "busy", "");
    private final UiCommand create;

    /**
     * @param serverAddress where the tracking server is reached, such as {@code https://t.shop.example}; read in the
     *     background; the addresses shown begin with it
     */
    public ApiKeysViewModel(ApiKeyService keys, Supplier<String> serverAddress, BackgroundWork background,
            DialogService dialogs, ZoneId zone) {
        this.keys = keys;
        this.serverAddress = serverAddress;
        this.background = background;
        this.dialogs = dialogs;
        this.zone = zone;
        this.create = new UiCommand(this::createKey, Bindings.createStringBinding(() -> {
            if (!busy.get().isEmpty()) {
                return busy.get();
            }
            return newKeyName.get() != null && newKeyName.get().strip().length() > ApiKeyService.NAME_LENGTH
                    ? "The name is longer than " + ApiKeyService.NAME_LENGTH + " characters." : "";
        }, busy, newKeyName));
    }

    // Properties

    ReadOnlyStringProperty applicationIdProperty() {
        return applicationId.getReadOnlyProperty();
    }

    /** Where apps send PutEvents; empty until the application id is read. */
    ReadOnlyStringProperty putEventsUrlProperty() {
        return putEventsUrl.getReadOnlyProperty();
    }

    ReadOnlyStringProperty webhookSecretProperty() {
        return webhookSecret.getReadOnlyProperty();
    }

    ReadOnlyStringProperty twilioStatusUrlProperty() {
        return twilioStatusUrl.getReadOnlyProperty();
    }

    ReadOnlyStringProperty twilioInboundUrlProperty() {
        return twilioInboundUrl.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messagesWebhookUrlProperty() {
        return messagesWebhookUrl.getReadOnlyProperty();
    }

    /** The keys, oldest first, revoked ones too. */
    ObservableList<ApiKeyRow> rows() {
        return rows;
    }

    /** The name the next key gets; blank for "API key". */
    StringProperty newKeyNameProperty() {
        return newKeyName;
    }

    /** The key just made, with its secret, until the page has shown it once; null otherwise. */
    ReadOnlyObjectProperty<NewApiKey> createdKeyProperty() {
        return createdKey.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What is wrong (keys that cannot be used on this computer, a failure), or empty. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    UiCommand create() {
        return create;
    }

    // Commands

    /** Reads the application id, the keys and the webhook secret. */
    public void load() {
        busy.set("Reading the keys…");
        background.run(BackgroundJob.of("Reading the API keys", progress -> read()).quiet()
                .onSuccess(this::show)
                .onFailure(error -> fail("The API keys could not be read: " + error.getMessage())));
    }

    private void createKey() {
        String name = newKeyName.get();
        busy.set("Creating a key…");
        background.run(BackgroundJob.of("Creating an API key", progress -> keys.create(name)).quiet()
                .onSuccess(created -> {
                    newKeyName.set("");
                    message.set("Created the key " + created.accessKeyId() + ".");
                    createdKey.set(created);
                    load();
                })
                .onFailure(error -> fail("The key could not be created: " + error.getMessage())));
    }

    /** The page showed the new key's secret: it is forgotten. */
    void createdKeyShown() {
        createdKey.set(null);
    }

    /** Asks, then revokes the key. */
    void revoke(ApiKey key) {
        if (key.revoked() || !dialogs.confirm("Revoke " + key.name() + "?", "Apps that send events with "
                + key.accessKeyId() + " are refused from now on. A revoked key cannot be used again.", "Revoke")) {
            return;
        }
        busy.set("Revoking…");
        background.run(BackgroundJob.of("Revoking an API key", progress -> keys.revoke(key.accessKeyId())).quiet()
                .onSuccess(revoked -> {
                    message.set("Revoked " + revoked.name() + " (" + revoked.accessKeyId() + "): it no longer works.");
                    load();
                })
                .onFailure(error -> fail("The key could not be revoked: " + error.getMessage())));
    }

    /** Asks, then replaces the webhook secret. */
    void renewWebhookSecret() {
        if (!dialogs.confirm("Make a new webhook secret?", "Providers that sign with the current secret are refused "
                + "until they are given the new one.", "Make new secret")) {
            return;
        }
        background.run(BackgroundJob.of("Making a webhook secret", progress -> keys.renewWebhookSecret()).quiet()
                .onSuccess(secret -> {
                    webhookSecret.set(secret);
                    message.set("Made a new webhook secret: give it to your providers.");
                })
                .onFailure(error -> fail("The webhook secret could not be made: " + error.getMessage())));
    }

    private void show(Loaded loaded) {
        busy.set("");
        applicationId.set(loaded.applicationId());
        putEventsUrl.set(loaded.base() + "/v1/apps/" + loaded.applicationId() + "/events");
        twilioStatusUrl.set(loaded.base() + "/webhooks/twilio/status");
        twilioInboundUrl.set(loaded.base() + "/webhooks/twilio/inbound");
        messagesWebhookUrl.set(loaded.base() + "/webhooks/messages");
        rows.setAll(loaded.keys().stream().map(key -> ApiKeyRow.of(key, zone)).toList());
        webhookSecret.set(loaded.webhookSecret());
        problem.set(loaded.unreadable().orElse(loaded.webhookProblem()));
    }

    private void fail(String why) {
        busy.set("");
        problem.set(why);
    }

    /** Runs in the background. */
    private Loaded read() {
        String secret = "";
        String webhookProblem = "";
        try {
            secret = keys.webhookSecret();
        } catch (UnreadableSecretException unreadable) {
            webhookProblem = "The webhook secret cannot be read on this computer: make a new one.";
        }
        return new Loaded(keys.applicationId(), keys.list(), keys.unreadableReason(), secret, webhookProblem,
                base(serverAddress.get()));
    }

    private static String base(String address) {
        return address.replaceAll("/+$", "");
    }

    private record Loaded(String applicationId, List<ApiKey> keys, Optional<String> unreadable, String webhookSecret,
            String webhookProblem, String base) {
    }
}
