package io.tidings.campaign.ui;

import io.tidings.campaign.CampaignSchedule.Frequency;

/** How often a campaign runs, as the editor offers it. */
public enum ScheduleChoice {
    IMMEDIATELY("Immediately, when launched", null),
    ONCE("Once, at a time", Frequency.ONCE),
    HOURLY("Every hour", Frequency.HOURLY),
    DAILY("Every day", Frequency.DAILY),
    WEEKLY("Every week", Frequency.WEEKLY),
    MONTHLY("Every month", Frequency.MONTHLY),
    WHEN_EVENT("When an event occurs", Frequency.EVENT);

    private final String words;
    private final Frequency frequency;

    ScheduleChoice(String words, Frequency frequency) {
        this.words = words;
        this.frequency = frequency;
    }

    public String words() {
        return words;
    }

    Frequency frequency() {
        return frequency;
    }

    public boolean isRecurring() {
        return frequency != null && frequency != Frequency.ONCE && frequency != Frequency.EVENT;
    }

    /** Whether the campaign has a first run at a time (an event-triggered one listens from its launch). */
    public boolean hasStart() {
        return this != IMMEDIATELY && this != WHEN_EVENT;
    }

    /** Whether it may have an end: a recurring or event-triggered campaign. */
    public boolean hasEnd() {
        return isRecurring() || this == WHEN_EVENT;
    }

    static ScheduleChoice of(io.tidings.campaign.CampaignSchedule schedule) {
        if (schedule.isEventTriggered()) {
            return WHEN_EVENT;
        }
        if (schedule.isImmediate()) {
            return IMMEDIATELY;
        }
        return valueOf(schedule.frequency().name());
    }

    @Override
    public String toString() {
        return words;
    }
}
