package io.tidings.delivery.ui;

import io.tidings.delivery.MessageEvent;
import java.util.Map;

/** Pinpoint's event names in a marketer's words. */
final class EventWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("_email.send", "Sent"),
            Map.entry("_email.delivered", "Delivered"),
            Map.entry("_email.open", "Opened"),
            Map.entry("_email.click", "Clicked a link"),
            Map.entry("_email.hardbounce", "Hard bounce"),
            Map.entry("_email.softbounce", "Soft bounce"),
            Map.entry("_email.complaint", "Marked as spam"),
            Map.entry("_email.rejected", "Rejected"),
            Map.entry("_SMS.BUFFERED", "Sent"),
            Map.entry("_SMS.SUCCESS", "Delivered"),
            Map.entry("_SMS.FAILURE", "Not delivered"),
            Map.entry("_SMS.OPTOUT", "Opted out"),
            Map.entry("_push.send", "Sent"),
            Map.entry("_push.delivered", "Delivered"),
            Map.entry("_push.failure", "Not delivered"),
            Map.entry("_voice.send", "Call placed"),
            Map.entry("_voice.delivered", "Answered"),
            Map.entry("_voice.failure", "Call failed"),
            Map.entry("_custom.send", "Webhook called"),
            Map.entry("_custom.delivered", "Webhook answered"),
            Map.entry("_custom.failure", "Webhook call failed"));

    private EventWords() {
    }

    static String of(MessageEvent event) {
        if ("_voice.failure".equals(event.type()) && "NO_ANSWER".equals(event.attributes().get("record_status"))) {
            return "Not answered";
        }
        return WORDS.getOrDefault(event.type(), event.type());
    }
}
