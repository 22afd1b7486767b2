package io.tidings.audience;

/** Pinpoint's EndpointDemographic; any field may be null. Timezone is a tz database name. */
public record EndpointDemographic(
        String appVersion,
        String locale,
        String make,
        String model,
        String modelVersion,
        String platform,
        String platformVersion,
        String timezone) {

    public static final EndpointDemographic EMPTY = new EndpointDemographic(null, null, null, null, null, null, null, null);
}
