package io.tidings.audience.ui;

import io.tidings.shell.ValueList;
import io.tidings.shell.NumberText;
import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.FieldProblem;
import io.tidings.audience.InvalidEndpointException;
import io.tidings.audience.OptOut;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The endpoint editor: one endpoint's fields, attributes and metrics as editable text, its user's
 * other endpoints, and the commands to save, revert, opt out, export the user's data or erase the user.
 */
public final class EndpointEditorViewModel {

    private final AudienceService audience;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final AudienceExports exports;
    private final Runnable audienceChanged;
    private boolean showing;

    // Properties
    private final ReadOnlyObjectWrapper<Endpoint> endpoint = new ReadOnlyObjectWrapper<>(this, "endpoint");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty userId = new SimpleStringProperty(this, "userId", "");
    private final ObjectProperty<EndpointStatus> status = new SimpleObjectProperty<>(this, "status", EndpointStatus.ACTIVE);
    private final BooleanProperty optedOut = new SimpleBooleanProperty(this, "optedOut");
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObservableList<AttributeEntry> attributes = FXCollections.observableArrayList(AttributeEntry::observables);
    private final ObservableList<AttributeEntry> userAttributes = FXCollections.observableArrayList(AttributeEntry::observables);
    private final ObservableList<AttributeEntry> metrics = FXCollections.observableArrayList(AttributeEntry::observables);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableList<Endpoint> userEndpoints = FXCollections.observableArrayList();

    EndpointEditorViewModel(AudienceService audience, BackgroundWork background, DialogService dialogs,
            AudienceExports exports, Runnable audienceChanged) {
        this.audience = audience;
        this.background = background;
        this.dialogs = dialogs;
        this.exports = exports;
        this.audienceChanged = audienceChanged;
        List<Observable> watched = new ArrayList<>(List.of(address, userId, status, optedOut, attributes, userAttributes, metrics));
        for (EditorField field : allFields()) {
            StringProperty property = new SimpleStringProperty(this, field.path(), "");
            fields.put(field.path(), property);
            watched.add(property);
        }
        watched.forEach(observable -> observable.addListener(change -> {
            if (!showing) {
                changed.set(true);
                message.set(null);
            }
        }));
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty userIdProperty() {
        return userId;
    }

    public ObjectProperty<EndpointStatus> statusProperty() {
        return status;
    }

    public BooleanProperty optedOutProperty() {
        return optedOut;
    }

    /** The text of a demographic or location field, by its Pinpoint path (e.g. "Location.City"). */
    public StringProperty field(String path) {
        return fields.get(path);
    }

    public ObservableList<AttributeEntry> attributes() {
        return attributes;
    }

    public ObservableList<AttributeEntry> userAttributes() {
        return userAttributes;
    }

    public ObservableList<AttributeEntry> metrics() {
        return metrics;
    }

    /** Why the last save was refused, by field path ("" for the endpoint as a whole). */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    /** Every endpoint of the shown endpoint's user, this one included. */
    public ObservableList<Endpoint> userEndpoints() {
        return userEndpoints;
    }

    // Commands

    public void load(String endpointId) {
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

    /** Puts back what is stored. */
    public void revert() {
        show(endpoint.get(), List.copyOf(userEndpoints));
    }

    public void addAttribute() {
        attributes.add(new AttributeEntry("", ""));
    }

    public void addUserAttribute() {
        userAttributes.add(new AttributeEntry("", ""));
    }

    public void addMetric() {
        metrics.add(new AttributeEntry("", ""));
    }

    /** Checks and saves the edits; problems appear by field, nothing is saved while there are any. */
    public void save() {
        Endpoint stored = endpoint.get();
        if (stored == null) {
            return;
        }
        problems.clear();
        Endpoint edited;
        try {
            edited = edited(stored);
        } catch (InvalidEndpointException e) {
            showProblems(e.problems());
            return;
        }
        background.run(BackgroundJob.of("Saving endpoint " + stored.id(), progress -> audience.saveEndpoint(edited))
                .onSuccess(saved -> {
                    show(saved, List.copyOf(userEndpoints));
                    message.set("Saved.");
                    audienceChanged.run();
                })
                .onFailure(error -> {
                    if (error instanceof InvalidEndpointException invalid) {
                        showProblems(invalid.problems());
                    } else {
                        problems.put("", error.getMessage());
                    }
                }));
    }

    /**
     * Asks where to save, then writes every endpoint of this user and, beside it, the messages and
     * events recorded for them (the right of access).
     */
    public void exportUser() {
        String user = currentUserId();
        if (user == null) {
            return;
        }
        dialogs.chooseFileToSave("Export the data of user " + user, safeFileName(user) + ".json",
                        AudienceViewModel.AUDIENCE_FILES)
                .ifPresent(file -> exports.exportUser(user, file));
    }

    /** After confirmation, deletes every endpoint of this user and what was recorded about them (the right to erasure). */
    public void eraseUser() {
        String user = currentUserId();
        if (user == null) {
            return;
        }
        int count = userEndpoints.size();
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
                .onSuccess(erased -> {
                    show(null, List.of());
                    dialogs.showInformation("User erased", "User %s was erased: %d %s and %,d %s about them."
                            .formatted(user, erased.endpoints(), erased.endpoints() == 1 ? "endpoint" : "endpoints",
                                    erased.records(), erased.records() == 1 ? "message or event" : "messages and events"));
                    audienceChanged.run();
                })
                .onFailure(error -> dialogs.showError("The user could not be erased", error.getMessage())));
    }

    private String currentUserId() {
        Endpoint shown = endpoint.get();
        return shown == null ? null : shown.user().userId();
    }

    private void show(Endpoint shown, List<Endpoint> sameUser) {
        showing = true;
        try {
            endpoint.set(shown);
            problems.clear();
            message.set(null);
            userEndpoints.setAll(sameUser);
            Endpoint source = shown == null ? emptyEndpoint() : shown;
            address.set(text(source.address()));
            userId.set(text(source.user().userId()));
            status.set(source.endpointStatus());
            optedOut.set(source.optOut() == OptOut.ALL);
            for (EditorField field : allFields()) {
                fields.get(field.path()).set(field.textOf(source));
            }
            attributes.setAll(entries(source.attributes()));
            userAttributes.setAll(entries(source.user().userAttributes()));
            metrics.setAll(source.metrics().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(metric -> new AttributeEntry(metric.getKey(), NumberText.format(metric.getValue())))
                    .toList());
            changed.set(false);
        } finally {
            showing = false;
        }
    }

    private Endpoint edited(Endpoint stored) {
        List<FieldProblem> found = new ArrayList<>();
        Map<String, List<String>> editedAttributes = values(attributes, "Attributes.", found);
        Map<String, List<String>> editedUserAttributes = values(userAttributes, "User.UserAttributes.", found);
        Map<String, Double> editedMetrics = new LinkedHashMap<>();
        for (AttributeEntry metric : metrics) {
            if (metric.name().isEmpty() && metric.values().isBlank()) {
                continue;
            }
            String path = "Metrics." + metric.name();
            if (metric.name().isEmpty()) {
                found.add(new FieldProblem(path, "a metric needs a name"));
            } else {
                NumberText.parse(metric.values()).ifPresentOrElse(value -> editedMetrics.put(metric.name(), value),
                        () -> found.add(new FieldProblem(path, "\"" + metric.values() + "\" is not a number")));
            }
        }
        Double latitude = coordinate("Location.Latitude", found);
        Double longitude = coordinate("Location.Longitude", found);
        if (!found.isEmpty()) {
            throw new InvalidEndpointException(found);
        }
        return new Endpoint(stored.id(), stored.channelType(), blankAsNull(address.get()), status.get(),
                optedOut.get() ? OptOut.ALL : OptOut.NONE, stored.effectiveDate(), stored.creationDate(),
                stored.cohortId(), editedAttributes, editedMetrics,
                new EndpointDemographic(fieldText("Demographic.AppVersion"), fieldText("Demographic.Locale"),
                        fieldText("Demographic.Make"), fieldText("Demographic.Model"), fieldText("Demographic.ModelVersion"),
                        fieldText("Demographic.Platform"), fieldText("Demographic.PlatformVersion"), fieldText("Demographic.Timezone")),
                new EndpointLocation(fieldText("Location.City"), fieldText("Location.Country"), latitude, longitude,
                        fieldText("Location.PostalCode"), fieldText("Location.Region")),
                new EndpointUser(blankAsNull(userId.get()), editedUserAttributes));
    }

    private static Map<String, List<String>> values(List<AttributeEntry> entries, String prefix, List<FieldProblem> found) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (AttributeEntry entry : entries) {
            if (entry.name().isEmpty() && entry.values().isBlank()) {
                continue;
            }
            String path = prefix + entry.name();
            if (entry.name().isEmpty()) {
                found.add(new FieldProblem(path, "an attribute needs a name"));
                continue;
            }
            if (values.containsKey(entry.name())) {
                found.add(new FieldProblem(path, "the attribute " + entry.name() + " is listed twice"));
                continue;
            }
            try {
                List<String> parsed = ValueList.parse(entry.values());
                if (parsed.isEmpty()) {
                    found.add(new FieldProblem(path, "give at least one value, or remove the attribute"));
                } else {
                    values.put(entry.name(), parsed);
                }
            } catch (IllegalArgumentException e) {
                found.add(new FieldProblem(path, e.getMessage()));
            }
        }
        return values;
    }

    private Double coordinate(String path, List<FieldProblem> found) {
        String value = fields.get(path).get().strip();
        if (value.isEmpty()) {
            return null;
        }
        var parsed = NumberText.parse(value);
        if (parsed.isEmpty()) {
            found.add(new FieldProblem(path, "\"" + value + "\" is not a number"));
            return null;
        }
        return parsed.get();
    }

    private void showProblems(List<FieldProblem> found) {
        problems.clear();
        for (FieldProblem problem : found) {
            problems.merge(problem.field(), problem.reason(), (first, second) -> first + "; " + second);
        }
        message.set(null);
    }

    private String fieldText(String path) {
        return blankAsNull(fields.get(path).get());
    }

    private static List<AttributeEntry> entries(Map<String, List<String>> values) {
        return values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new AttributeEntry(entry.getKey(), ValueList.format(entry.getValue())))
                .toList();
    }

    private static List<EditorField> allFields() {
        List<EditorField> all = new ArrayList<>(EditorField.DEMOGRAPHIC);
        all.addAll(EditorField.LOCATION);
        return all;
    }

    private static Endpoint emptyEndpoint() {
        return new Endpoint("", io.tidings.audience.ChannelType.EMAIL, null, EndpointStatus.ACTIVE, OptOut.NONE,
                null, null, 0, Map.of(), Map.of(), null, null, null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String safeFileName(String text) {
        return "user-" + text.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
