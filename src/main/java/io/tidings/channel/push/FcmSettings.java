package io.tidings.channel.push;

import io.tidings.channel.http.SettingsChecks;

/**
 * Where FCM HTTP v1 is and which Firebase project sends; the constructor validates, naming the field.
 *
 * @param baseUrl {@code https://fcm.googleapis.com} in production
 */
public record FcmSettings(String baseUrl, String projectId, int maxConcurrency) {

    public static final String PRODUCTION_URL = "https://fcm.googleapis.com";

    public FcmSettings {
        baseUrl = SettingsChecks.baseUrl("FCM base URL", baseUrl);
        projectId = SettingsChecks.required("Firebase project ID", projectId);
        SettingsChecks.concurrency("Max concurrency", maxConcurrency);
    }
}
