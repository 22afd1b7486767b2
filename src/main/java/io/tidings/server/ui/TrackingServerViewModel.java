package io.tidings.server.ui;

import io.tidings.server.ServerRunner;
import io.tidings.server.ServerSettings;
import io.tidings.server.ServerStatus;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.UiCommand;
import io.tidings.shell.UnsavedEdits;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The tracking server's settings as a form: whether it runs, its bind address, port and public base URL, each field's
 * problem in words as it is typed, where links will start, and whether the server listens now. Saving stores the
 * settings and starts, restarts or stops the server to match, in the background.
 */
public final class TrackingServerViewModel implements UnsavedEdits {

    private final ServerRunner server;
    private final BackgroundWork background;

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final StringProperty bindAddress = new SimpleStringProperty(this, "bindAddress", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", "");
    private final StringProperty publicBaseUrl = new SimpleStringProperty(this, "publicBaseUrl", "");
    private final ReadOnlyObjectWrapper<ServerSettings> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<ServerStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper(this, "saveProblem");
    private final ObjectBinding<Map<String, String>> problems;
    private final BooleanBinding unsaved;
    private final UiCommand saveCommand;
    private final UiCommand revertCommand;

    public TrackingServerViewModel(ServerRunner server, BackgroundWork background) {
        this.server = server;
        this.background = background;
        problems = Bindings.createObjectBinding(this::formProblems, bindAddress, port, publicBaseUrl);
        unsaved = Bindings.createBooleanBinding(() -> saved.get() != null && !formMatches(saved.get()),
                saved, enabled, bindAddress, port, publicBaseUrl);
        saveCommand = new UiCommand(this::save, Bindings.createStringBinding(() -> saving.get() ? "Saving…"
                : !unsaved.get() ? "Nothing to save: no changes yet."
                : !problems.get().isEmpty() ? "Correct the fields marked in red first." : null,
                saving, unsaved, problems));
        revertCommand = new UiCommand(this::discard, Bindings.createStringBinding(
                () -> unsaved.get() ? null : "Nothing to revert: no changes yet.", unsaved));
        status.set(server.status());
        // The app starts the server on another thread: its news reaches the form through the background runner.
        server.whenChanged(news -> background.run(BackgroundJob.of("Tracking server status", progress -> news)
                .quiet().onSuccess(status::set)));
        load();
    }

    // Properties

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty bindAddressProperty() {
        return bindAddress;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty publicBaseUrlProperty() {
        return publicBaseUrl;
    }

    /** The field's problem in words, or null: {@link ServerSettings#BIND_ADDRESS}, {@code PORT}, {@code PUBLIC_BASE_URL}. */
    public StringBinding problemOf(String field) {
        return Bindings.createStringBinding(() -> problems.get().get(field), problems);
    }

    /** Where the links in messages will start once saved, or why there will be none. */
    public StringBinding linksBinding() {
        return Bindings.createStringBinding(() -> {
            if (!publicBaseUrl.get().isBlank()) {
                return "Links in messages will start with " + publicBaseUrl.get().strip();
            }
            if (!enabled.get()) {
                return "Tracking is off: turn the server on, or enter the public base URL of a server run with "
                        + "'tidings serve'.";
            }
            Integer number = portNumber();
            return "Links in messages will start with " + (number == null ? "this server's address"
                    : form(number).ownBaseUrl(number)) + ", which only this computer reaches: enter a public base "
                    + "URL for recipients elsewhere.";
        }, enabled, bindAddress, port, publicBaseUrl);
    }

    public ReadOnlyObjectProperty<ServerStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last save failed, in words; null when it did not. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** False until the saved settings are read. */
    public BooleanBinding loadedBinding() {
        return saved.isNotNull();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public UiCommand saveCommand() {
        return saveCommand;
    }

    public UiCommand revertCommand() {
        return revertCommand;
    }

    // Unsaved edits

    @Override
    public BooleanBinding unsavedProperty() {
        return unsaved;
    }

    @Override
    public String editedName() {
        return "the tracking server settings";
    }

    @Override
    public void save(Runnable whenSaved, Runnable notSaved) {
        if (!problems.get().isEmpty() || saving.get()) {
            notSaved.run();
            return;
        }
        ServerSettings wanted = form(portNumber());
        saving.set(true);
        saveProblem.set(null);
        background.run(BackgroundJob.of("Saving the tracking server settings", progress -> {
            server.settings().save(wanted);
            return server.applySaved();
        }).onSuccess(started -> {
            saving.set(false);
            status.set(started);
            show(wanted);
            whenSaved.run();
        }).onFailure(error -> {
            saving.set(false);
            saveProblem.set(error.getMessage());
            notSaved.run();
        }));
    }

    private void save() {
        save(() -> { }, () -> { });
    }

    @Override
    public void discard() {
        saveProblem.set(null);
        if (saved.get() != null) {
            show(saved.get());
        }
    }

    private void load() {
        background.run(BackgroundJob.of("Reading the tracking server settings", progress -> server.settings().load())
                .quiet().onSuccess(this::show).onFailure(error -> saveProblem.set(error.getMessage())));
    }

    private void show(ServerSettings settings) {
        enabled.set(settings.enabled());
        bindAddress.set(settings.bindAddress());
        port.set(Integer.toString(settings.port()));
        publicBaseUrl.set(settings.publicBaseUrl() == null ? "" : settings.publicBaseUrl());
        saved.set(settings);
        unsaved.invalidate();
    }

    private Map<String, String> formProblems() {
        Integer number = portNumber();
        Map<String, String> found = new java.util.LinkedHashMap<>(form(number == null ? 1 : number).problems());
        if (number == null) {
            found.put(ServerSettings.PORT, "The port must be a whole number from 1 to 65535, such as "
                    + ServerSettings.DEFAULT_PORT + ".");
        }
        return found;
    }

    private boolean formMatches(ServerSettings settings) {
        Integer number = portNumber();
        return number != null && form(number).equals(settings);
    }

    private ServerSettings form(Integer portNumber) {
        return new ServerSettings(enabled.get(), bindAddress.get(), portNumber == null ? 0 : portNumber,
                publicBaseUrl.get());
    }

    private Integer portNumber() {
        String text = port.get() == null ? "" : port.get().strip();
        if (!text.matches("\\d{1,5}")) {
            return null;
        }
        return Integer.parseInt(text);
    }
}
