package io.tidings.apikey.ui;

import io.tidings.apikey.ApiKey;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One key as the page lists it, its dates in the computer's time zone. */
record ApiKeyRow(ApiKey key, String dates) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    static ApiKeyRow of(ApiKey key, ZoneId zone) {
        String dates = "Created " + when(key.createdAt(), zone)
                + (key.lastUsedAt() == null ? ", never used" : ", last used " + when(key.lastUsedAt(), zone))
                + (key.revoked() ? "; revoked " + when(key.revokedAt(), zone) : "");
        return new ApiKeyRow(key, dates);
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
