package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One run of a campaign, as {@link SendJobs#createRun} turns it into a send job and its ledger, and as
 * {@link Preflight} forecasts it. Each member endpoint the channel reaches gets a ledger row for the treatment a
 * deterministic hash of {@code assignmentSeed} and its endpoint id picks, so a rerun or a resume assigns the same
 * treatment; held-out endpoints get a row with treatment {@link #HOLDOUT}, SUPPRESSED with TREATMENT_HOLDOUT.
 *
 * @param campaignId the campaign the run belongs to; caps over the campaign's life ({@code Limits.Total}) count
 *     every run of it
 * @param assignmentSeed what the treatment hash mixes with the endpoint id (the campaign's id)
 * @param segmentVersion the segment version the run targets, or null for its latest
 * @param treatments the default treatment first (ledger treatment 0), then the additional ones (1, 2, ...)
 * @param startAt when the run starts; with {@code localTime} it is the moment the run begins in the starting zone
 * @param localTime Pinpoint's IsLocalTime delivery, or null to send everyone from {@code startAt}
 * @param maximumDuration how long after {@code startAt} the run may keep delivering (Pinpoint's
 *     {@code Limits.MaximumDuration}); messages not sent by then are SUPPRESSED with reason EXPIRED; null for no limit
 * @param options quiet time (drop or hold), caps and fallback zone, as for any job
 * @param account the channel account and the most messages a second (Pinpoint's {@code Limits.MessagesPerSecond})
 */
public record RunPlan(
        String name,
        Long campaignId,
        long assignmentSeed,
        DeliveryChannel channel,
        long segmentId,
        Integer segmentVersion,
        List<RunTreatment> treatments,
        int holdoutPercent,
        Instant startAt,
        LocalTimeStart localTime,
        Duration maximumDuration,
        JobOptions options,
        JobAccount account) {

    /** The ledger treatment of held-out endpoints. */
    public static final int HOLDOUT = -1;

    public RunPlan {
        treatments = List.copyOf(treatments);
    }
}
