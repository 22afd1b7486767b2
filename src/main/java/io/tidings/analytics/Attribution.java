package io.tidings.analytics;

import java.util.Map;

/**
 * What an event belongs to, as Pinpoint stamps it in the event's attributes ({@code campaign_id},
 * {@code campaign_activity_id}, {@code treatment_id}, {@code journey_id}, {@code journey_activity_id}); each is null
 * when the event has none. {@code channel} is EMAIL, SMS, PUSH, VOICE or null (then taken from the event type), and
 * {@code messageId} tells repeated opens of one message apart from opens of two.
 */
public record Attribution(String campaignId, String campaignRunId, String treatmentId, String journeyId,
        String journeyActivityId, String channel, String messageId) {

    public static final Attribution NONE = new Attribution(null, null, null, null, null, null, null);

    /** What the attributes Pinpoint stamps on an event ({@code campaign_id}, {@code treatment_id}, ...) say. */
    public static Attribution fromAttributes(Map<String, String> attributes) {
        return EventJson.attribution(attributes, null);
    }
}
