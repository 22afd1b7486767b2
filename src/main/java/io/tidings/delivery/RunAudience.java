package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.channel.DeliveryChannel;
import io.tidings.segment.MemberEndpoint;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Where each member of a campaign run's segment stands before any sending rule: on another channel (not in the
 * run), held out, skipped for its local time, or due at an instant with its treatment. Expanding the run and its
 * pre-flight both place members here, so they agree.
 */
final class RunAudience {

    /**
     * A member's place in the run.
     *
     * @param treatment the treatment the hash gives the member (also when it is not in the run)
     * @param reason why the member gets no message (ENDPOINT_CHANNEL_MISMATCH: not in the ledger at all), or null
     *     when it is due at {@code dueMillis}
     */
    record Placement(int treatment, ReasonCode reason, long dueMillis) {
    }

    private final DeliveryChannel channel;
    private final TreatmentAssignment assignment;
    private final LocalTimeStart localTime;
    private final long startMillis;
    private final JobOptions options;
    private final SendingRules zones;

    RunAudience(DeliveryChannel channel, TreatmentAssignment assignment, LocalTimeStart localTime, Instant start,
            JobOptions options, SendingRules zones) {
        this.channel = channel;
        this.assignment = assignment;
        this.localTime = localTime;
        this.startMillis = start.toEpochMilli();
        this.options = options;
        this.zones = zones;
    }

    Placement place(MemberEndpoint member) {
        int treatment = assignment.treatmentOf(member.id());
        if (!fits(member.channelType())) {
            return new Placement(treatment, ReasonCode.ENDPOINT_CHANNEL_MISMATCH, 0);
        }
        if (treatment == RunPlan.HOLDOUT) {
            return new Placement(treatment, ReasonCode.TREATMENT_HOLDOUT, 0);
        }
        if (localTime == null) {
            return new Placement(treatment, null, startMillis);
        }
        ZoneId zone = zones.zoneOf(member.timezone(), options);
        if (zone == null) {
            return new Placement(treatment, ReasonCode.ENDPOINT_MISSING_TIMEZONE, 0);
        }
        long due = localTime.wallClock().atZone(zone).toInstant().toEpochMilli();
        if (due < startMillis) {
            return new Placement(treatment, ReasonCode.ENDPOINT_TIMEZONE_MISMATCH, 0);
        }
        return new Placement(treatment, null, due);
    }

    private boolean fits(String channelType) {
        try {
            return channelType != null && ChannelFit.fits(channel, ChannelType.valueOf(channelType));
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
