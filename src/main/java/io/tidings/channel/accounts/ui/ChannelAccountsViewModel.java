package io.tidings.channel.accounts.ui;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.LeavingEditors;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Channels panel of Settings: where each channel's messages go, an editor for one channel at a time, and
 * the way back to the sandbox.
 */
public final class ChannelAccountsViewModel {

    private final ChannelAccountService service;
    private final BackgroundWork background;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<ChannelAccounts> accounts = new ReadOnlyObjectWrapper<>(this, "accounts");
    private final ObservableList<ChannelSummary> summaries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChannelEditorViewModel> editor = new ReadOnlyObjectWrapper<>(this, "editor");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final BooleanProperty unsavedOfEditor = new SimpleBooleanProperty(this, "unsavedOfEditor");

    public ChannelAccountsViewModel(ChannelAccountService service, BackgroundWork background, DialogService dialogs) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        editor.addListener((observable, old, open) -> {
            unsavedOfEditor.unbind();
            unsavedOfEditor.set(false);
            if (open != null) {
                unsavedOfEditor.bind(open.unsavedProperty());
            }
        });
    }

    // Properties

    /** The saved accounts, or null until they are read (or when they cannot be). */
    ReadOnlyObjectProperty<ChannelAccounts> accountsProperty() {
        return accounts.getReadOnlyProperty();
    }

    /** Each channel, in the order of {@link DeliveryChannel}. */
    ObservableList<ChannelSummary> summaries() {
        return summaries;
    }

    /** The open editor, or null. */
    ReadOnlyObjectProperty<ChannelEditorViewModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    /** What the last change did, in words. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the accounts cannot be read or changed, or null. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the open channel editor holds unsaved edits. */
    public ObservableBooleanValue unsavedBinding() {
        return unsavedOfEditor;
    }

    // Commands

    /** Reads the saved accounts again, unless a channel's editor is open (the Sending limits page may change them). */
    public void reload() {
        if (editor.get() == null) {
            load();
        }
    }

    /** Reads the saved accounts in the background. */
    public void load() {
        background.run(BackgroundJob.of("Reading the channel accounts", progress -> service.load()).quiet()
                .onSuccess(saved -> {
                    if (editor.get() == null) { // an editor opened meanwhile keeps what the user typed
                        show(saved);
                    }
                })
                .onFailure(error -> problem.set("The channel accounts could not be read: " + error.getMessage())));
    }

    /** Opens the editor of {@code channel}, closing any other once it has nothing unsaved (or the user said so). */
    void edit(DeliveryChannel channel) {
        ChannelEditorViewModel open = editor.get();
        if (open == null) {
            editNow(channel);
        } else if (open.channel() != channel) {
            LeavingEditors.leave(dialogs, open, () -> editNow(channel), () -> { });
        }
    }

    private void editNow(DeliveryChannel channel) {
        ChannelAccounts current = accounts.get();
        if (current == null) {
            return;
        }
        message.set(null);
        editor.set(new ChannelEditorViewModel(channel, current, service, background, dialogs, saved -> {
            show(saved);
            message.set(ChannelSummary.name(channel) + " now sends through " + ChannelSummary.of(saved, channel).state() + ".");
        }, () -> editor.set(null)));
    }

    /** After the user confirms, removes the channel's account so that its messages stay in the workspace. */
    void useSandbox(DeliveryChannel channel) {
        ChannelAccounts current = accounts.get();
        if (current == null || current.account(channel).isSandbox()) {
            return;
        }
        String name = ChannelSummary.name(channel);
        if (!dialogs.confirm("Use the sandbox for " + name, name + " messages will stay in this workspace instead of "
                + "going to " + ChannelSummary.of(current, channel).state() + ". The account's settings are removed.",
                "Use sandbox")) {
            return;
        }
        ChannelAccounts sandboxed = current.with(ChannelAccount.sandbox(channel));
        background.run(BackgroundJob.of("Removing the " + name + " account", progress -> {
            service.save(sandboxed);
            return sandboxed;
        }).quiet().onSuccess(saved -> {
            show(saved);
            message.set(name + " messages now stay in this workspace's sandbox.");
        }).onFailure(error -> problem.set(name + " still sends through its account: " + error.getMessage())));
    }

    private void show(ChannelAccounts saved) {
        accounts.set(saved);
        problem.set(null);
        editor.set(null);
        summaries.setAll(Arrays.stream(DeliveryChannel.values()).map(channel -> ChannelSummary.of(saved, channel)).toList());
    }
}
