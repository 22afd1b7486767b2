package io.tidings.audience.ui;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.FieldProblem;
import io.tidings.audience.InvalidEndpointException;
import io.tidings.audience.OptOut;
import io.tidings.shell.NumberText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One endpoint's fields as the marketer edits them, as text: address, user id, status, opt-out,
 * the demographic and location fields, attributes, user attributes and metrics. It fills itself
 * from an endpoint and reads the edited endpoint back, refusing what is not valid field by field.
 */
final class EndpointForm {

    private final ObjectProperty<ChannelType> channel = new SimpleObjectProperty<>(this, "channel", ChannelType.EMAIL);
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty userId = new SimpleStringProperty(this, "userId", "");
    private final ObjectProperty<EndpointStatus> status = new SimpleObjectProperty<>(this, "status", EndpointStatus.ACTIVE);
    private final BooleanProperty optedOut = new SimpleBooleanProperty(this, "optedOut");
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObservableList<AttributeEntry> attributes = FXCollections.observableArrayList(AttributeEntry::observables);
    private final ObservableList<AttributeEntry> userAttributes = FXCollections.observableArrayList(AttributeEntry::observables);
    private final ObservableList<AttributeEntry> metrics = FXCollections.observableArrayList(AttributeEntry::observables);
    private boolean filling;

    /** @param edited runs when the marketer changes anything, not when the form is filled */
    EndpointForm(Runnable edited) {
        Runnable heard = () -> {
            if (!filling) {
                edited.run();
            }
        };
        // change listeners rather than invalidation listeners: they hear every change, whether or
        // not a view has read the value since the form was filled
        List<ObservableValue<?>> watched = new ArrayList<>(List.of(channel, address, userId, status, optedOut));
        for (EditorField field : allFields()) {
            StringProperty property = new SimpleStringProperty(this, field.path(), "");
            fields.put(field.path(), property);
            watched.add(property);
        }
        watched.forEach(value -> value.addListener((observable, old, current) -> heard.run()));
        for (ObservableList<AttributeEntry> rows : List.of(attributes, userAttributes, metrics)) {
            rows.addListener((Observable change) -> heard.run());
        }
    }

    /** The channel: chosen for a new endpoint, fixed once it is stored. */
    ObjectProperty<ChannelType> channelProperty() {
        return channel;
    }

    StringProperty addressProperty() {
        return address;
    }

    StringProperty userIdProperty() {
        return userId;
    }

    ObjectProperty<EndpointStatus> statusProperty() {
        return status;
    }

    BooleanProperty optedOutProperty() {
        return optedOut;
    }

    /** The text of a demographic or location field, by its Pinpoint path (e.g. "Location.City"). */
    StringProperty field(String path) {
        return fields.get(path);
    }

    ObservableList<AttributeEntry> attributes() {
        return attributes;
    }

    ObservableList<AttributeEntry> userAttributes() {
        return userAttributes;
    }

    ObservableList<AttributeEntry> metrics() {
        return metrics;
    }

    void addAttribute() {
        attributes.add(new AttributeEntry("", ""));
    }

    void addUserAttribute() {
        userAttributes.add(new AttributeEntry("", ""));
    }

    void addMetric() {
        metrics.add(new AttributeEntry("", ""));
    }

    /** Shows an endpoint's values, or empty fields for null; not an edit. */
    void fill(Endpoint shown) {
        filling = true;
        try {
            Endpoint source = shown == null ? emptyEndpoint() : shown;
            channel.set(source.channelType());
            address.set(text(source.address()));
            userId.set(text(source.user().userId()));
            status.set(source.endpointStatus());
            optedOut.set(source.optOut() == OptOut.ALL);
            for (EditorField field : allFields()) {
                fields.get(field.path()).set(field.textOf(source));
            }
            attributes.setAll(AttributeEntries.ofAttributes(source.attributes()));
            userAttributes.setAll(AttributeEntries.ofAttributes(source.user().userAttributes()));
            metrics.setAll(AttributeEntries.ofMetrics(source.metrics()));
        } finally {
            filling = false;
        }
    }

    /**
     * The stored endpoint with the form's values.
     *
     * @throws InvalidEndpointException naming every field whose text is not valid
     */
    Endpoint edited(Endpoint stored) {
        return edited(stored, false);
    }

    /**
     * As {@link #edited(Endpoint)}; {@code leaveOutRowsWithoutValues} leaves out rows with a name and no values yet,
     * such as a new person's empty last name, instead of refusing them.
     */
    Endpoint edited(Endpoint stored, boolean leaveOutRowsWithoutValues) {
        List<FieldProblem> found = new ArrayList<>();
        Map<String, List<String>> editedAttributes =
                AttributeEntries.attributes(withValues(attributes, leaveOutRowsWithoutValues), "Attributes.", found);
        Map<String, List<String>> editedUserAttributes = AttributeEntries.attributes(
                withValues(userAttributes, leaveOutRowsWithoutValues), "User.UserAttributes.", found);
        Map<String, Double> editedMetrics = AttributeEntries.metrics(withValues(metrics, leaveOutRowsWithoutValues), found);
        Double latitude = coordinate("Location.Latitude", found);
        Double longitude = coordinate("Location.Longitude", found);
        if (!found.isEmpty()) {
            throw new InvalidEndpointException(found);
        }
        return new Endpoint(stored.id(), channel.get(), blankAsNull(address.get()), status.get(),
                optedOut.get() ? OptOut.ALL : OptOut.NONE, stored.effectiveDate(), stored.creationDate(),
                stored.cohortId(), editedAttributes, editedMetrics,
                new EndpointDemographic(fieldText("Demographic.AppVersion"), fieldText("Demographic.Locale"),
                        fieldText("Demographic.Make"), fieldText("Demographic.Model"), fieldText("Demographic.ModelVersion"),
                        fieldText("Demographic.Platform"), fieldText("Demographic.PlatformVersion"), fieldText("Demographic.Timezone")),
                new EndpointLocation(fieldText("Location.City"), fieldText("Location.Country"), latitude, longitude,
                        fieldText("Location.PostalCode"), fieldText("Location.Region")),
                new EndpointUser(blankAsNull(userId.get()), editedUserAttributes));
    }

    private static List<AttributeEntry> withValues(List<AttributeEntry> rows, boolean leaveOutRowsWithoutValues) {
        return leaveOutRowsWithoutValues ? rows.stream().filter(row -> !row.values().isBlank()).toList() : rows;
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

    private String fieldText(String path) {
        return blankAsNull(fields.get(path).get());
    }

    private static List<EditorField> allFields() {
        List<EditorField> all = new ArrayList<>(EditorField.DEMOGRAPHIC);
        all.addAll(EditorField.LOCATION);
        return all;
    }

    private static Endpoint emptyEndpoint() {
        return new Endpoint("", ChannelType.EMAIL, null, EndpointStatus.ACTIVE, OptOut.NONE,
                null, null, 0, Map.of(), Map.of(), null, null, null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
