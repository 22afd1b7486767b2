package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.time.Instant;

/**
 * One template sent to one segment on one channel, with the job's quiet time and caps, and its account and rate.
 * A campaign run is a send job too: {@code campaignId} names its campaign (null for a plain send), and its
 * treatments each render their own template version or inline message ({@code templateId} and
 * {@code templateVersion} are the default treatment's, null and 0 when that one is inline).
 */
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
        JobAccount account,
        Long campaignId) {
}
