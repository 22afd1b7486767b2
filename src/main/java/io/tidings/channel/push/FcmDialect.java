package io.tidings.channel.push;

import com.fasterxml.jackson.databind.JsonNode;
import io.tidings.channel.SendResult;
import io.tidings.channel.http.JsonAnswers;
import io.tidings.channel.http.ProviderDialect;
import io.tidings.channel.http.ProviderResponse;
import java.util.Locale;
import java.util.Optional;

/**
 * FCM HTTP v1's answers: the message {@code name}, and Google's error shape
 * {@code {"error":{"code","message","status","details":[{"@type":"...FcmError","errorCode":"UNREGISTERED"}]}}}.
 */
final class FcmDialect implements ProviderDialect {

    @Override
    public String providerName() {
        return "FCM";
    }

    @Override
    public String providerMessageId(ProviderResponse response) {
        return JsonAnswers.firstText(JsonAnswers.read(response.body()), "/name");
    }

    @Override
    public String errorMessage(ProviderResponse response) {
        String message = JsonAnswers.errorMessage(response, "/error/message");
        String code = fcmErrorCode(response);
        if (code == null) {
            code = JsonAnswers.firstText(JsonAnswers.read(response.body()), "/error/status");
        }
        return code == null ? message : message + " (" + code + ")";
    }

    @Override
    public Optional<SendResult> addressRejection(ProviderResponse response) {
        String code = fcmErrorCode(response);
        if ("UNREGISTERED".equals(code)) {
            return Optional.of(SendResult.addressRejected("The device token is no longer registered "
                    + "(the app was uninstalled or the token expired): " + errorMessage(response)));
        }
        if ("SENDER_ID_MISMATCH".equals(code)) {
            return Optional.of(SendResult.addressRejected(
                    "The device token belongs to another Firebase project: " + errorMessage(response)));
        }
        if ("INVALID_ARGUMENT".equals(code) && blamesTheToken(response)) {
            return Optional.of(SendResult.addressRejected(
                    "The device token is not a valid FCM registration token: " + errorMessage(response)));
        }
        return Optional.empty();
    }

    /** The {@code errorCode} of the FcmError detail, or null when the answer has none. */
    static String fcmErrorCode(ProviderResponse response) {
        for (JsonNode detail : JsonAnswers.read(response.body()).path("error").path("details")) {
            if (detail.path("@type").asText().endsWith("google.firebase.fcm.v1.FcmError")) {
                return JsonAnswers.firstText(detail, "/errorCode");
            }
        }
        return null;
    }

    // INVALID_ARGUMENT also covers a bad payload; only a complaint about the token means the address is dead.
    private static boolean blamesTheToken(ProviderResponse response) {
        JsonNode error = JsonAnswers.read(response.body()).path("error");
        if (error.path("message").asText().toLowerCase(Locale.ROOT).contains("registration token")) {
            return true;
        }
        for (JsonNode detail : error.path("details")) {
            for (JsonNode violation : detail.path("fieldViolations")) {
                if ("message.token".equals(violation.path("field").asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
