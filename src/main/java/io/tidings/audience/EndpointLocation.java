package io.tidings.audience;

/** Pinpoint's EndpointLocation; any field may be null. Country is ISO 3166-1 alpha-2. */
public record EndpointLocation(
        String city,
        String country,
        Double latitude,
        Double longitude,
        String postalCode,
        String region) {

    public static final EndpointLocation EMPTY = new EndpointLocation(null, null, null, null, null, null);
}
