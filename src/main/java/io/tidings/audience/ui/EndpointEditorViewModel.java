package io.tidings.audience.ui;

import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.audience.FieldProblem;
import io.tidings.audience.InvalidEndpointException;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.LeavingEditors;
import io.tidings.shell.UiCommand;
import io.tidings.shell.UnsavedEdits;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The endpoint editor: which endpoint is shown, whether it was edited, and the commands to save
 * and revert it. Its fields, attributes and metrics as text are the {@link EndpointForm}; its
 * user's endpoints, with exporting and erasing the user, are {@link UserEndpoints}.
 */
public final class EndpointEditorViewModel implements UnsavedEdits {

    private final AudienceService audience;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final Runnable audienceChanged;
    private final EndpointForm form;
    private final UserEndpoints user;

    private final ReadOnlyObjectWrapper<Endpoint> endpoint = new ReadOnlyObjectWrapper<>(this, "endpoint");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyObjectWrapper<NewEndpoint> adding = new ReadOnlyObjectWrapper<>(this, "adding");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final UiCommand save;
    private final UiCommand revert;

    EndpointEditorViewModel(AudienceService audience, BackgroundWork background, DialogService dialogs,
            AudienceExports exports, Runnable audienceChanged) {
        this.audience = audience;
        this.background = background;
        this.dialogs = dialogs;
        this.audienceChanged = audienceChanged;
        this.form = new EndpointForm(() -> {
            changed.set(true);
            message.set(null);
        });
        this.user = new UserEndpoints(audience, background, dialogs, exports, endpoint.getReadOnlyProperty(),
                () -> show(null, List.of()), audienceChanged);
        this.save = new UiCommand(() -> save(() -> { }, () -> { }),
                Bindings.createStringBinding(() -> whyNot("save"), endpoint, changed, adding));
        this.revert = new UiCommand(this::revertNow,
                Bindings.createStringBinding(() -> whyNot("revert"), endpoint, changed, adding));
    }

    // Properties

    /** The endpoint as stored, or null when none is chosen. */
    public ReadOnlyObjectProperty<Endpoint> endpointProperty() {
        return endpoint.getReadOnlyProperty();
    }

    /** True once the user edited anything since the endpoint was loaded or saved. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** What is being added, while the editor holds a new endpoint or person not saved yet; else null. */
    public ReadOnlyObjectProperty<NewEndpoint> addingProperty() {
        return adding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last save was refused, by field path ("" for the endpoint as a whole). */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return changedProperty();
    }

    @Override
    public String editedName() {
        Endpoint shown = endpoint.get();
        if (adding.get() != null) {
            return adding.get().kind().editedName();
        }
        if (shown == null) {
            return "the endpoint";
        }
        String address = shown.address() == null || shown.address().isBlank() ? shown.id() : shown.address();
        return "the endpoint " + address;
    }

    /** The endpoint's fields as the marketer edits them. */
    EndpointForm form() {
        return form;
    }

    /** The endpoint's user: their endpoints, and exporting or erasing them. */
    UserEndpoints user() {
        return user;
    }

    // Commands

    /** Checks and saves the edits; problems appear by field, nothing is saved while there are any. */
    public UiCommand saveCommand() {
        return save;
    }

    /** Puts back what is stored. */
    public UiCommand revertCommand() {
        return revert;
    }

    /**
     * Opens another endpoint in the editor, once the shown one has nothing unsaved (or the user said so);
     * {@code stay} runs when the editor keeps the endpoint it shows.
     */
    public void open(String endpointId, Runnable stay) {
        Endpoint shown = endpoint.get();
        if (shown != null && shown.id().equals(endpointId)) {
            return;
        }
        LeavingEditors.leave(dialogs, this, () -> load(endpointId), stay);
    }

    /**
     * Opens a person: their first endpoint, with all their endpoints listed; {@code stay} runs when the editor
     * keeps what it shows.
     */
    public void openPerson(String userId, Runnable stay) {
        Endpoint shown = endpoint.get();
        if (shown != null && userId.equals(shown.user().userId()) && adding.get() == null) {
            return;
        }
        LeavingEditors.leave(dialogs, this, () -> background.run(BackgroundJob.of("Reading user " + userId,
                progress -> audience.userEndpoints(userId)).quiet().onSuccess(sameUser ->
                        show(sameUser.isEmpty() ? null : sameUser.get(0), sameUser))), stay);
    }

    /**
     * Empties the editor for a new endpoint, once what it shows has nothing unsaved: a new person (a user id and
     * their name to fill in) or an endpoint for {@code userId} (null for none).
     */
    public void startNew(NewEndpoint.Kind kind, String userId) {
        LeavingEditors.leave(dialogs, this, () -> {
            NewEndpoint added = NewEndpoint.of(kind, userId);
            adding.set(added);
            show(added.blank(), List.of());
            if (kind == NewEndpoint.Kind.PERSON) {
                form.userAttributes().setAll(List.of(new AttributeEntry("FirstName", ""),
                        new AttributeEntry("LastName", "")));
            }
            changed.set(false);
        }, () -> { });
    }

    void load(String endpointId) {
        background.run(BackgroundJob.of("Reading endpoint " + endpointId, progress -> {
            Endpoint loaded = audience.endpoint(endpointId).orElse(null);
            List<Endpoint> sameUser = loaded == null || loaded.user().userId() == null
                    ? List.of()
                    : audience.userEndpoints(loaded.user().userId());
            return new Loaded(loaded, sameUser);
        }).quiet().onSuccess(loaded -> show(loaded.endpoint(), loaded.userEndpoints())));
    }

    private record Loaded(Endpoint endpoint, List<Endpoint> userEndpoints) {
    }

    /** A new endpoint as stored, with its user's endpoints: read on the background thread. */
    private Loaded added(Endpoint saved) {
        String userId = saved.user().userId();
        return new Loaded(saved, userId == null ? List.of(saved) : audience.userEndpoints(userId));
    }

    private String whyNot(String action) {
        if (endpoint.get() == null) {
            return "Choose an endpoint first.";
        }
        if (adding.get() != null && !changed.get()) {
            return "save".equals(action) ? "Write the new endpoint's address first." : "Nothing to revert: nothing written yet.";
        }
        return changed.get() ? null : "Nothing to " + action + ": no changes yet.";
    }

    private void revertNow() {
        NewEndpoint added = adding.get();
        if (added != null) {
            startNew(added.kind(), added.userId());
            return;
        }
        show(endpoint.get(), List.copyOf(user.endpoints()));
    }

    /** Puts back what is stored; a new endpoint not saved yet is dropped. */
    @Override
    public void discard() {
        if (adding.get() != null) {
            adding.set(null);
            show(null, List.of());
            return;
        }
        revertNow();
    }

    @Override
    public void save(Runnable whenSaved, Runnable notSaved) {
        Endpoint stored = endpoint.get();
        problems.clear();
        NewEndpoint added = adding.get();
        Endpoint edited;
        try {
            edited = form.edited(stored, added != null);
        } catch (InvalidEndpointException e) {
            showProblems(e.problems());
            notSaved.run();
            return;
        }
        List<Endpoint> sameUser = List.copyOf(user.endpoints());
        background.run(BackgroundJob.of("Saving endpoint " + stored.id(), progress -> added == null
                        ? new Loaded(audience.saveEndpoint(edited), sameUser)
                        : added(added.add(edited, audience)))
                .onSuccess(saved -> {
                    adding.set(null);
                    show(saved.endpoint(), saved.userEndpoints());
                    message.set("Saved.");
                    audienceChanged.run();
                    whenSaved.run();
                })
                .onFailure(error -> {
                    if (error instanceof InvalidEndpointException invalid) {
                        showProblems(invalid.problems());
                    } else {
                        problems.put("", error.getMessage());
                    }
                    notSaved.run();
                }));
    }

    private void show(Endpoint shown, List<Endpoint> sameUser) {
        endpoint.set(shown);
        problems.clear();
        message.set(null);
        user.show(sameUser);
        form.fill(shown);
        changed.set(false);
    }

    private void showProblems(List<FieldProblem> found) {
        problems.clear();
        for (FieldProblem problem : found) {
            problems.merge(problem.field(), problem.reason(), (first, second) -> first + "; " + second);
        }
        message.set(null);
    }
}
