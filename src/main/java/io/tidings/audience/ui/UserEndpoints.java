package io.tidings.audience.ui;

import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.UiCommand;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The user of the endpoint in the editor: every endpoint they have, and what can be done to the
 * user as a whole, export their data (the right of access) or erase them (the right to erasure).
 */
final class UserEndpoints {

    private final AudienceService audience;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final AudienceExports exports;
    private final ObservableObjectValue<Endpoint> shown;
    private final Runnable erased;
    private final Runnable audienceChanged;

    private final ObservableList<Endpoint> endpoints = FXCollections.observableArrayList();
    private final UiCommand export;
    private final UiCommand erase;

    /**
     * @param shown the endpoint in the editor, whose user this is
     * @param erased runs once the user is erased, to empty the editor
     * @param audienceChanged runs after an erasure, to refresh what shows the audience
     */
    UserEndpoints(AudienceService audience, BackgroundWork background, DialogService dialogs, AudienceExports exports,
            ObservableObjectValue<Endpoint> shown, Runnable erased, Runnable audienceChanged) {
        this.audience = audience;
        this.background = background;
        this.dialogs = dialogs;
        this.exports = exports;
        this.shown = shown;
        this.erased = erased;
        this.audienceChanged = audienceChanged;
        this.export = new UiCommand(this::exportNow, Bindings.createStringBinding(() -> whyNot("export"), shown));
        this.erase = new UiCommand(this::eraseNow, Bindings.createStringBinding(() -> whyNot("erase"), shown));
    }

    /** Every endpoint of the shown endpoint's user, that one included. */
    ObservableList<Endpoint> endpoints() {
        return endpoints;
    }

    /** Asks where to save, then writes every endpoint of this user and, beside it, the messages and events recorded for them. */
    UiCommand exportCommand() {
        return export;
    }

    /** After confirmation, deletes every endpoint of this user and what was recorded about them. */
    UiCommand eraseCommand() {
        return erase;
    }

    void show(List<Endpoint> sameUser) {
        endpoints.setAll(sameUser);
    }

    private String whyNot(String action) {
        Endpoint endpoint = shown.get();
        if (endpoint == null) {
            return "Choose an endpoint first.";
        }
        return endpoint.user().userId() == null ? "This endpoint has no user id: there is no user to " + action + "." : null;
    }

    private void exportNow() {
        String user = shown.get().user().userId();
        dialogs.chooseFileToSave("Export the data of user " + user, safeFileName(user) + ".json",
                        AudienceViewModel.AUDIENCE_FILES)
                .ifPresent(file -> exports.exportUser(user, file));
    }

    private void eraseNow() {
        String user = shown.get().user().userId();
        int count = endpoints.size();
        boolean confirmed = dialogs.confirm("Erase user " + user + "?",
                ("This deletes the user's %d %s with all their attributes, metrics and segment memberships, and every "
                        + "message and event recorded for them (past jobs' counts drop by theirs). An address on the "
                        + "suppression list stays there, so that it is never messaged again. It cannot be undone.")
                        .formatted(count, count == 1 ? "endpoint" : "endpoints"),
                "Erase user");
        if (!confirmed) {
            return;
        }
        background.run(BackgroundJob.of("Erasing user " + user, progress -> audience.eraseUser(user))
                .onSuccess(result -> {
                    erased.run();
                    dialogs.showInformation("User erased", "User %s was erased: %d %s and %,d %s about them."
                            .formatted(user, result.endpoints(), result.endpoints() == 1 ? "endpoint" : "endpoints",
                                    result.records(), result.records() == 1 ? "message or event" : "messages and events"));
                    audienceChanged.run();
                })
                .onFailure(error -> dialogs.showError("The user could not be erased", error.getMessage())));
    }

    private static String safeFileName(String text) {
        return "user-" + text.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
