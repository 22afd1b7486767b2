package io.tidings.audience.ui;

import io.tidings.audience.Endpoint;
import java.util.List;
import java.util.function.Function;

/** A one-line field of the endpoint editor: its Pinpoint path, its label, and how to read it. */
record EditorField(String path, String label, Function<Endpoint, Object> read) {

    static final List<EditorField> DEMOGRAPHIC = List.of(
            new EditorField("Demographic.Platform", "Platform", endpoint -> endpoint.demographic().platform()),
            new EditorField("Demographic.PlatformVersion", "Platform version",
                    endpoint -> endpoint.demographic().platformVersion()),
            new EditorField("Demographic.Make", "Make", endpoint -> endpoint.demographic().make()),
            new EditorField("Demographic.Model", "Model", endpoint -> endpoint.demographic().model()),
            new EditorField("Demographic.ModelVersion", "Model version", endpoint -> endpoint.demographic().modelVersion()),
            new EditorField("Demographic.AppVersion", "App version", endpoint -> endpoint.demographic().appVersion()),
            new EditorField("Demographic.Locale", "Locale", endpoint -> endpoint.demographic().locale()),
            new EditorField("Demographic.Timezone", "Time zone", endpoint -> endpoint.demographic().timezone()));

    static final List<EditorField> LOCATION = List.of(
            new EditorField("Location.City", "City", endpoint -> endpoint.location().city()),
            new EditorField("Location.Region", "Region", endpoint -> endpoint.location().region()),
            new EditorField("Location.PostalCode", "Postal code", endpoint -> endpoint.location().postalCode()),
            new EditorField("Location.Country", "Country", endpoint -> endpoint.location().country()),
            new EditorField("Location.Latitude", "Latitude", endpoint -> endpoint.location().latitude()),
            new EditorField("Location.Longitude", "Longitude", endpoint -> endpoint.location().longitude()));

    String textOf(Endpoint endpoint) {
        Object value = read.apply(endpoint);
        return value == null ? "" : value.toString();
    }
}
