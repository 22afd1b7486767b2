package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.util.Objects;

/**
 * One journey activity's messages to a batch of participants, as {@link JourneyMessages} writes them: a send job of
 * the engine that names the journey and the activity (so its events count for them).
 *
 * @param templateVersion the template version to send; null for the template's active version
 * @param segmentId the journey's entry segment, kept with the job as a campaign run keeps its segment (0 for none)
 * @param options quiet time and caps the engine applies on top (a journey decides its own before it sends)
 * @param account the channel account and the job's rate (the lower of the account's and {@code MessagesPerSecond})
 * @param journeyRate the journey's {@code MessagesPerSecond}, which the engine holds for all the journey's jobs
 *     together; null for no limit
 */
public record JourneyMessage(String name, long journeyId, String activityKey, DeliveryChannel channel, long templateId,
        Integer templateVersion, long segmentId, JobOptions options, JobAccount account, Integer journeyRate) {

    public JourneyMessage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activityKey, "activityKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(account, "account");
    }
}
