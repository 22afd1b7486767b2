package io.tidings.channel.push.apns;

import com.eatthepath.pushy.apns.PushNotificationResponse;
import io.tidings.channel.SendResult;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * APNs' answers in the engine's terms. A dead device token (Unregistered, BadDeviceToken, DeviceTokenNotForTopic)
 * rejects the address; throttling, server errors and connection failures are transient; any other rejection is
 * permanent, with a hint at the setting to check.
 */
final class ApnsAnswers {

    private static final Set<String> TRANSIENT_REASONS = Set.of("TooManyRequests", "TooManyProviderTokenUpdates",
            "ExpiredProviderToken", "IdleTimeout", "InternalServerError", "ServiceUnavailable", "Shutdown");
    private static final Set<String> KEY_REASONS = Set.of("InvalidProviderToken", "MissingProviderToken", "Forbidden",
            "BadCertificate", "BadCertificateEnvironment");
    private static final Set<String> TOPIC_REASONS = Set.of("BadTopic", "TopicDisallowed", "MissingTopic");
    private static final Set<String> TOKEN_REASONS = Set.of("BadDeviceToken", "DeviceTokenNotForTopic");

    private ApnsAnswers() {
    }

    /**
     * @param topicProven whether APNs has accepted a push of this account before. Until it has, BadDeviceToken and
     *     DeviceTokenNotForTopic more likely mean a wrong server (production or development) or bundle ID than a dead
     *     token, so they fail the message without making the endpoint inactive.
     */
    static SendResult of(PushNotificationResponse<?> response, ApnsSettings settings, boolean topicProven) {
        if (response.isAccepted()) {
            String uniqueId = response.getApnsUniqueId().map(id -> "apns-unique-id " + id).orElse(null);
            return new SendResult(SendResult.Outcome.ACCEPTED, response.getApnsId().toString(), uniqueId, null);
        }
        String reason = response.getRejectionReason().orElse("no reason given");
        String apnsSays = "APNs: " + reason + " (HTTP " + response.getStatusCode() + ")";
        if ("Unregistered".equals(reason)) {
            return SendResult.addressRejected("The device token is no longer active for " + settings.bundleId()
                    + response.getTokenInvalidationTimestamp().map(since -> " since " + since).orElse("")
                    + " (the app was uninstalled or turned notifications off). " + apnsSays);
        }
        if (TOKEN_REASONS.contains(reason)) {
            if (topicProven) {
                return SendResult.addressRejected("APNs refused the device token for " + settings.bundleId() + ". "
                        + apnsSays);
            }
            return SendResult.permanentFailure("APNs refused the device token, and no push of this account has been "
                    + "accepted yet: if every push fails like this, check that the server (" + settings.server()
                    + ") matches the app's build (production or development) and that the Bundle ID ("
                    + settings.bundleId() + ") is the app's. " + apnsSays);
        }
        if (TRANSIENT_REASONS.contains(reason) || response.getStatusCode() == 429 || response.getStatusCode() >= 500) {
            return SendResult.transientFailure(apnsSays, null);
        }
        if (KEY_REASONS.contains(reason)) {
            return SendResult.permanentFailure("APNs refused the auth key: check the Team ID (" + settings.teamId()
                    + "), the Key ID (" + settings.keyId() + ") and the .p8 key in Settings, and that the key is "
                    + "enabled for APNs. " + apnsSays);
        }
        if (TOPIC_REASONS.contains(reason)) {
            return SendResult.permanentFailure("APNs refused the Bundle ID " + settings.bundleId()
                    + ": check it in Settings; it must be an app of team " + settings.teamId() + ". " + apnsSays);
        }
        if ("PayloadTooLarge".equals(reason)) {
            return SendResult.permanentFailure("The notification is too large for APNs (4 KB at most): shorten its "
                    + "title, body or link. " + apnsSays);
        }
        return SendResult.permanentFailure("APNs refused the push. " + apnsSays);
    }

    /** The push never got an answer: no connection, a broken one, or a closed client. */
    static SendResult unreachable(Throwable failure, ApnsSettings settings) {
        String cause = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String hint = failure instanceof SSLException
                ? " The server's TLS certificate was not accepted: a proxy may be intercepting the connection."
                : "";
        return SendResult.transientFailure("Could not reach APNs at " + settings.server() + ": " + cause + "." + hint,
                null);
    }
}
