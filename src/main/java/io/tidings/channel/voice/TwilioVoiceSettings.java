package io.tidings.channel.voice;

import io.tidings.channel.http.SettingsChecks;

/**
 * A Twilio-compatible voice account; the constructor validates, and each message names the field that is wrong.
 *
 * @param fromNumber the caller id used when a message names none
 */
public record TwilioVoiceSettings(
        String baseUrl, String accountSid, String authToken, String fromNumber, int maxConcurrency) {

    public TwilioVoiceSettings {
        baseUrl = SettingsChecks.baseUrl("Base URL", baseUrl);
        accountSid = SettingsChecks.required("Account SID", accountSid);
        authToken = SettingsChecks.required("Auth token", authToken);
        fromNumber = SettingsChecks.required("From number", fromNumber);
        SettingsChecks.concurrency("Max concurrency", maxConcurrency);
    }

    @Override
    public String toString() {
        // Keeps the token out of logs.
        return "TwilioVoiceSettings[" + accountSid + " at " + baseUrl + ", from " + fromNumber + "]";
    }
}
