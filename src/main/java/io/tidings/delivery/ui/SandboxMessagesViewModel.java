package io.tidings.delivery.ui;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.channel.sandbox.SandboxOutbox;
import io.tidings.delivery.MessageHistory;
import io.tidings.delivery.Outbox;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.PagedList;
import io.tidings.template.SandboxMessagePreview;
import io.tidings.template.TemplatePreview;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Outbox's sandbox messages: every captured message, newest first, filtered by channel and
 * read a page at a time, and the chosen one as its reader would see it, with its events.
 */
public final class SandboxMessagesViewModel {

    static final int PAGE_SIZE = 100;

    /**
     * The message shown in full.
     *
     * @param preview the message as its reader sees it; null for a custom message
     * @param webhookBody a custom message's webhook call body, laid out to be read; null for the other channels
     */
    public record Shown(SandboxMessage message, TemplatePreview preview, boolean remoteImagesAllowed, String source,
            List<MessageEventRow> events, String webhookBody) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final SandboxOutbox sandbox;
    private final Outbox outbox;
    private final BackgroundWork background;
    private final MessageEventRows eventRows;

    private final ObjectProperty<DeliveryChannel> channel = new SimpleObjectProperty<>(this, "channel");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<ObservableList<SandboxMessage>> messages =
            new ReadOnlyObjectWrapper<>(this, "messages", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper arrived = new ReadOnlyIntegerWrapper(this, "arrived");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private SandboxOutbox.Snapshot snapshot;
    private boolean checking;
    private long selecting;

    public SandboxMessagesViewModel(SandboxOutbox sandbox, Outbox outbox, BackgroundWork background, Clock clock) {
        this.sandbox = sandbox;
        this.outbox = outbox;
        this.background = background;
        this.eventRows = new MessageEventRows(clock);
        channel.addListener((observable, old, chosen) -> reload());
        search.addListener((observable, old, typed) -> reload());
    }

    /** What the messages shown hold in their address, subject or text; empty for all. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The channel shown; null for all. */
    public ObjectProperty<DeliveryChannel> channelProperty() {
        return channel;
    }

    /** The captured messages of the channel, newest first, as of the last reload. */
    public ReadOnlyObjectProperty<ObservableList<SandboxMessage>> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many messages of the channel arrived since the list was read; {@link #reload()} shows them. */
    public ReadOnlyIntegerProperty arrivedProperty() {
        return arrived.getReadOnlyProperty();
    }

    /** True once the list was read: until then an empty list means "loading", not "no messages". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reads the list from the newest message. */
    public void reload() {
        DeliveryChannel shownChannel = channel.get();
        String searched = search.get();
        background.run(BackgroundJob.of("Reading the sandbox outbox",
                        progress -> sandbox.snapshot(shownChannel, searched))
                .quiet()
                .onSuccess(read -> {
                    if (shownChannel != channel.get() || !searched.equals(search.get())) {
                        return; // a newer choice or search is being read
                    }
                    show(read);
                })
                .onFailure(failure -> error.set("Could not read the sandbox outbox: " + failure.getMessage())));
    }

    /**
     * Counts the messages that arrived since the list was read, unless a count is under way. An
     * empty list is read again at once; a list being read stays put, so that it does not jump.
     */
    public void checkForNew() {
        if (checking || snapshot == null) {
            return;
        }
        checking = true;
        DeliveryChannel shownChannel = channel.get();
        String searched = search.get();
        background.run(BackgroundJob.of("Checking the sandbox outbox",
                        progress -> sandbox.snapshot(shownChannel, searched))
                .quiet()
                .onSuccess(read -> {
                    checking = false;
                    if (shownChannel != channel.get() || !searched.equals(search.get()) || snapshot == null) {
                        return;
                    }
                    if (snapshot.count() == 0 && read.count() > 0) {
                        show(read);
                    } else {
                        arrived.set(read.count() - snapshot.count());
                    }
                })
                .onFailure(failure -> checking = false));
    }

    /** Shows the message in full; null shows none. */
    public void select(SandboxMessage message) {
        show(message, false);
    }

    /** Shows the email again with remote images loaded, or held back. */
    public void allowRemoteImages(boolean allowed) {
        Shown current = shown.get();
        if (current != null) {
            show(current.message(), allowed);
        }
    }

    private void show(SandboxOutbox.Snapshot read) {
        snapshot = read;
        loaded.set(true);
        arrived.set(0);
        error.set("");
        summary.set(read.count() == 1 ? "1 message" : String.format("%,d messages", read.count()));
        messages.set(new PagedList<>(read.count(), PAGE_SIZE, (page, deliver) -> background.run(
                BackgroundJob.of("Reading the sandbox outbox", progress -> sandbox.page(read, page * PAGE_SIZE, PAGE_SIZE))
                        .quiet()
                        .onSuccess(deliver))));
    }

    private void show(SandboxMessage message, boolean remoteImagesAllowed) {
        long request = ++selecting;
        if (message == null) {
            shown.set(null);
            return;
        }
        background.run(BackgroundJob.of("Opening the message", progress -> {
                    TemplatePreview preview = SandboxMessagePreview.of(message, remoteImagesAllowed);
                    Optional<MessageHistory> history = message.isTestSend() ? Optional.empty()
                            : outbox.history(message.messageId());
                    return new Shown(message, preview, remoteImagesAllowed, source(message, history),
                            history.map(found -> eventRows.of(found.events(), message.createdAt())).orElse(List.of()),
                            message.channel() == DeliveryChannel.CUSTOM ? laidOut(message.body()) : null);
                })
                .quiet()
                .onSuccess(opened -> {
                    if (request == selecting) {
                        shown.set(opened);
                    }
                })
                .onFailure(failure -> error.set("Could not open the message: " + failure.getMessage())));
    }

    /** JSON indented to be read; the text as it is when it is not JSON. */
    private static String laidOut(String json) {
        try {
            return JSON.readTree(json == null ? "" : json).toPrettyString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return json;
        }
    }

    private static String source(SandboxMessage message, Optional<MessageHistory> history) {
        if (message.isTestSend()) {
            return "Test send from the template editor: not counted as a send, so no events.";
        }
        return history.map(found -> "Sent by the job \u201c" + found.jobName() + "\u201d"
                        + (found.endpointId() == null ? "." : " to endpoint " + found.endpointId() + "."))
                .orElse("Sent by a send job that is no longer in the workspace.");
    }
}
