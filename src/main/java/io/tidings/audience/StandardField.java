package io.tidings.audience;

import java.time.Instant;
import java.util.function.Function;

/** The fixed fields of a Pinpoint endpoint: their field path and how to read them as text. */
enum StandardField {
    ID("Id", Endpoint::id),
    CHANNEL_TYPE("ChannelType", endpoint -> name(endpoint.channelType())),
    ADDRESS("Address", Endpoint::address),
    ENDPOINT_STATUS("EndpointStatus", endpoint -> name(endpoint.endpointStatus())),
    OPT_OUT("OptOut", endpoint -> name(endpoint.optOut())),
    EFFECTIVE_DATE("EffectiveDate", endpoint -> instant(endpoint.effectiveDate())),
    CREATION_DATE("CreationDate", endpoint -> instant(endpoint.creationDate())),
    COHORT_ID("CohortId", endpoint -> endpoint.cohortId() < 0 ? null : Integer.toString(endpoint.cohortId())),
    USER_ID("User.UserId", endpoint -> endpoint.user().userId()),
    APP_VERSION("Demographic.AppVersion", endpoint -> endpoint.demographic().appVersion()),
    LOCALE("Demographic.Locale", endpoint -> endpoint.demographic().locale()),
    MAKE("Demographic.Make", endpoint -> endpoint.demographic().make()),
    MODEL("Demographic.Model", endpoint -> endpoint.demographic().model()),
    MODEL_VERSION("Demographic.ModelVersion", endpoint -> endpoint.demographic().modelVersion()),
    PLATFORM("Demographic.Platform", endpoint -> endpoint.demographic().platform()),
    PLATFORM_VERSION("Demographic.PlatformVersion", endpoint -> endpoint.demographic().platformVersion()),
    TIMEZONE("Demographic.Timezone", endpoint -> endpoint.demographic().timezone()),
    CITY("Location.City", endpoint -> endpoint.location().city()),
    COUNTRY("Location.Country", endpoint -> endpoint.location().country()),
    LATITUDE("Location.Latitude", endpoint -> number(endpoint.location().latitude())),
    LONGITUDE("Location.Longitude", endpoint -> number(endpoint.location().longitude())),
    POSTAL_CODE("Location.PostalCode", endpoint -> endpoint.location().postalCode()),
    REGION("Location.Region", endpoint -> endpoint.location().region());

    private final String path;
    private final Function<Endpoint, String> reader;

    StandardField(String path, Function<Endpoint, String> reader) {
        this.path = path;
        this.reader = reader;
    }

    String path() {
        return path;
    }

    /** The field's value as the import reads it back, or null when the endpoint has none. */
    String textOf(Endpoint endpoint) {
        return reader.apply(endpoint);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String instant(Instant value) {
        return value == null ? null : value.toString();
    }

    private static String number(Double value) {
        return value == null ? null : NumberText.of(value);
    }
}
