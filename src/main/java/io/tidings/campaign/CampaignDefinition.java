package io.tidings.campaign;

import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.QuietTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a campaign sends, to whom and when: Pinpoint's WriteCampaignRequest as Tidings keeps it. A draft may be
 * incomplete (no segment yet, a treatment without a message, shares that do not add up); {@link #problems()} says
 * what stands between it and a launch.
 *
 * @param segmentId the segment the campaign targets, or null while none is chosen
 * @param segmentVersion the segment version to target, or null for its latest when each run starts
 * @param channel the one channel the campaign sends on
 * @param defaultTreatment the treatment that gets what the others and the holdout leave (ledger treatment 0)
 * @param additionalTreatments up to four more (Pinpoint's {@code AdditionalTreatments}), each with its SizePercent
 * @param holdoutPercent the share of the segment that gets nothing, to compare with those who got a message
 * @param quietTime when messages must not arrive on the endpoint's clock (Pinpoint's {@code Schedule.QuietTime}), and
 *     whether a message due then is dropped, as Pinpoint does, or held until quiet time ends; null for none
 * @param paused Pinpoint's {@code IsPaused}: launched, the campaign waits until it is resumed
 */
public record CampaignDefinition(
        Long segmentId,
        Integer segmentVersion,
        DeliveryChannel channel,
        Treatment defaultTreatment,
        List<Treatment> additionalTreatments,
        int holdoutPercent,
        CampaignSchedule schedule,
        CampaignLimits limits,
        QuietTime quietTime,
        boolean paused) {

    /** Pinpoint's most treatments besides the default one. */
    public static final int MOST_ADDITIONAL_TREATMENTS = 4;

    public CampaignDefinition {
        Objects.requireNonNull(channel, "channel");
        defaultTreatment = defaultTreatment == null ? new Treatment(null, null, 0, null) : defaultTreatment;
        additionalTreatments = additionalTreatments == null ? List.of() : List.copyOf(additionalTreatments);
        schedule = schedule == null ? CampaignSchedule.IMMEDIATE : schedule;
        limits = limits == null ? CampaignLimits.NONE : limits;
        if (additionalTreatments.size() > MOST_ADDITIONAL_TREATMENTS) {
            throw new InvalidCampaignException("AdditionalTreatments has " + additionalTreatments.size()
                    + " treatments: a campaign has at most " + MOST_ADDITIONAL_TREATMENTS
                    + " besides the default one (five in all, as in Pinpoint).");
        }
        percent("HoldoutPercent", holdoutPercent);
        for (int index = 0; index < additionalTreatments.size(); index++) {
            percent("AdditionalTreatments[" + index + "].SizePercent", additionalTreatments.get(index).sizePercent());
        }
        defaultTreatment = defaultTreatment.withSizePercent(100 - holdoutPercent
                - additionalTreatments.stream().mapToInt(Treatment::sizePercent).sum());
    }

    /** A draft sending {@code message} on {@code channel} to the segment, at once, with no limits. */
    public static CampaignDefinition simple(long segmentId, DeliveryChannel channel, TreatmentMessage message) {
        return new CampaignDefinition(segmentId, null, channel, new Treatment(null, null, 100, message), List.of(), 0,
                CampaignSchedule.IMMEDIATE, CampaignLimits.NONE, null, false);
    }

    /** The share the default treatment gets: 100 − the holdout − the other treatments' shares. */
    public int defaultSizePercent() {
        return defaultTreatment.sizePercent();
    }

    /** Every treatment, the default one first (ledger treatment 0), then the additional ones (1, 2, ...). */
    public List<Treatment> treatments() {
        List<Treatment> all = new ArrayList<>();
        all.add(defaultTreatment);
        all.addAll(additionalTreatments);
        return all;
    }

    public boolean isABTest() {
        return !additionalTreatments.isEmpty();
    }

    /** The saved templates the treatments send, each once. */
    public List<Long> templateIds() {
        return treatments().stream().map(Treatment::message)
                .filter(TreatmentMessage.Template.class::isInstance)
                .map(message -> ((TreatmentMessage.Template) message).templateId())
                .distinct().toList();
    }

    /**
     * What stands between this definition and a launch, a sentence each, without looking at the workspace (the
     * service adds what needs it: an empty segment, a channel that cannot send).
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (segmentId == null) {
            problems.add("Choose the segment the campaign goes to.");
        }
        List<Treatment> all = treatments();
        for (int index = 0; index < all.size(); index++) {
            if (all.get(index).message() == null) {
                problems.add(treatmentName(index) + " has no template or message.");
            }
        }
        int others = additionalTreatments.stream().mapToInt(Treatment::sizePercent).sum();
        if (defaultSizePercent() < 1) {
            problems.add("The percentages do not add up: the holdout (" + holdoutPercent + " %) and the additional "
                    + "treatments (" + others + " %) leave " + Math.max(0, defaultSizePercent())
                    + " % for the default treatment, which needs at least 1 %.");
        }
        for (int index = 0; index < additionalTreatments.size(); index++) {
            if (additionalTreatments.get(index).sizePercent() < 1) {
                problems.add("AdditionalTreatments[" + index + "].SizePercent is 0: give each treatment at least 1 %.");
            }
        }
        return problems;
    }

    /** "The default treatment" or "Treatment 2 (name)", for messages. */
    public String treatmentName(int index) {
        Treatment treatment = treatments().get(index);
        String label = index == 0 ? "The default treatment" : "AdditionalTreatments[" + (index - 1) + "]";
        return treatment.name() == null || treatment.name().isBlank() ? label
                : label + " " + io.tidings.work.Quote.of(treatment.name());
    }

    public CampaignDefinition withSegment(Long id, Integer version) {
        return new CampaignDefinition(id, version, channel, defaultTreatment, additionalTreatments, holdoutPercent,
                schedule, limits, quietTime, paused);
    }

    public CampaignDefinition withChannel(DeliveryChannel other) {
        return new CampaignDefinition(segmentId, segmentVersion, other, defaultTreatment, additionalTreatments,
                holdoutPercent, schedule, limits, quietTime, paused);
    }

    public CampaignDefinition withTreatments(Treatment defaultOne, List<Treatment> additional, int holdout) {
        return new CampaignDefinition(segmentId, segmentVersion, channel, defaultOne, additional, holdout,
                schedule, limits, quietTime, paused);
    }

    public CampaignDefinition withSchedule(CampaignSchedule other) {
        return new CampaignDefinition(segmentId, segmentVersion, channel, defaultTreatment, additionalTreatments,
                holdoutPercent, other, limits, quietTime, paused);
    }

    public CampaignDefinition withLimits(CampaignLimits other) {
        return new CampaignDefinition(segmentId, segmentVersion, channel, defaultTreatment, additionalTreatments,
                holdoutPercent, schedule, other, quietTime, paused);
    }

    public CampaignDefinition withQuietTime(QuietTime other) {
        return new CampaignDefinition(segmentId, segmentVersion, channel, defaultTreatment, additionalTreatments,
                holdoutPercent, schedule, limits, other, paused);
    }

    public CampaignDefinition withPaused(boolean isPaused) {
        return new CampaignDefinition(segmentId, segmentVersion, channel, defaultTreatment, additionalTreatments,
                holdoutPercent, schedule, limits, quietTime, isPaused);
    }

    private static void percent(String field, int value) {
        if (value < 0 || value > 100) {
            throw new InvalidCampaignException(field + " is " + value + ": give a whole percentage from 0 to 100.");
        }
    }
}
