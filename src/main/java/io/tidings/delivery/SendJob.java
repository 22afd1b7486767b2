package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.time.Instant;

/** One template sent to one segment on one channel, with the job's quiet time and caps, and its account and rate. */
public record SendJob(
        long id,
        String name,
        DeliveryChannel channel,
        Long templateId,
        int templateVersion,
        Long segmentId,
        JobState state,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String pauseReason,
        JobOptions options,
        JobAccount account) {
}
