package io.tidings.sample;

/** A real place the sample audience lives in. */
record SampleCity(
        String country,
        String city,
        String region,
        String postalCode,
        double latitude,
        double longitude,
        String timezone,
        String locale) {
}
