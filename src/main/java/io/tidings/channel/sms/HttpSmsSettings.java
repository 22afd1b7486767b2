package io.tidings.channel.sms;

import io.tidings.channel.http.SettingsChecks;

/**
 * The account of an HTTP SMS provider. Use {@link #jsonWebhook} or {@link #twilioForm}; both validate, and
 * each message names the field that is wrong.
 *
 * @param accountId Twilio's Account SID (TWILIO_FORM only)
 * @param apiKey the Bearer key (JSON_WEBHOOK only)
 * @param authToken Twilio's Auth Token (TWILIO_FORM only)
 * @param defaultFrom the originating number or sender id used when a message names none
 * @param statusCallback a URL for Twilio's delivery reports, or null
 */
public record HttpSmsSettings(
        String baseUrl,
        SmsProviderStyle style,
        String accountId,
        String apiKey,
        String authToken,
        String defaultFrom,
        String statusCallback,
        int maxConcurrency) {

    public HttpSmsSettings {
        if (style == null) {
            throw new IllegalArgumentException("Provider style is missing: choose JSON webhook or Twilio-compatible.");
        }
        baseUrl = SettingsChecks.baseUrl("Base URL", baseUrl);
        if (style == SmsProviderStyle.JSON_WEBHOOK) {
            apiKey = SettingsChecks.required("API key", apiKey);
        } else {
            accountId = SettingsChecks.required("Account SID", accountId);
            authToken = SettingsChecks.required("Auth token", authToken);
            if (statusCallback != null && !statusCallback.isBlank()) {
                statusCallback = SettingsChecks.baseUrl("Status callback URL", statusCallback);
            } else {
                statusCallback = null;
            }
        }
        defaultFrom = SettingsChecks.required("Default originating number or sender ID", defaultFrom);
        SettingsChecks.concurrency("Max concurrency", maxConcurrency);
    }

    public static HttpSmsSettings jsonWebhook(String baseUrl, String apiKey, String defaultFrom, int maxConcurrency) {
        return new HttpSmsSettings(baseUrl, SmsProviderStyle.JSON_WEBHOOK, null, apiKey, null, defaultFrom, null,
                maxConcurrency);
    }

    public static HttpSmsSettings twilioForm(
            String baseUrl, String accountSid, String authToken, String defaultFrom, String statusCallback,
            int maxConcurrency) {
        return new HttpSmsSettings(baseUrl, SmsProviderStyle.TWILIO_FORM, accountSid, null, authToken, defaultFrom,
                statusCallback, maxConcurrency);
    }

    @Override
    public String toString() {
        // Keeps secrets out of logs.
        return "HttpSmsSettings[" + style + " at " + baseUrl + ", from " + defaultFrom + "]";
    }
}
