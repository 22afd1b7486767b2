package io.tidings.campaign;

import java.time.Duration;

/**
 * Pinpoint's {@code Limits} of a campaign, each null when not set (the workspace's default, or no limit).
 *
 * @param daily the most messages one endpoint may get in a day (0 to 100; 0 for no limit)
 * @param total the most messages one endpoint may get over the campaign's life, every run counted (0 to 100)
 * @param messagesPerSecond the most messages a second the campaign sends (1 to 20,000)
 * @param maximumDurationSeconds how long after its start a run may keep delivering, at least 60 seconds; messages not
 *     sent by then expire
 */
public record CampaignLimits(Integer daily, Integer total, Integer messagesPerSecond, Integer maximumDurationSeconds) {

    /** No limits of the campaign's own. */
    public static final CampaignLimits NONE = new CampaignLimits(null, null, null, null);

    public static final int MOST_PER_ENDPOINT = 100;
    public static final int MOST_PER_SECOND = 20_000;
    public static final int SHORTEST_DURATION_SECONDS = 60;

    public CampaignLimits {
        within("Limits.Daily", daily, 0, MOST_PER_ENDPOINT, "messages per endpoint in a day, or 0 for no limit");
        within("Limits.Total", total, 0, MOST_PER_ENDPOINT, "messages per endpoint over the campaign, or 0 for no limit");
        within("Limits.MessagesPerSecond", messagesPerSecond, 1, MOST_PER_SECOND, "messages a second");
        if (maximumDurationSeconds != null && maximumDurationSeconds < SHORTEST_DURATION_SECONDS) {
            throw new InvalidCampaignException("Limits.MaximumDuration is " + maximumDurationSeconds
                    + ": give at least 60 seconds (Pinpoint's shortest), or leave it out for no limit.");
        }
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** How long a run may keep delivering, or null for no limit. */
    public Duration maximumDuration() {
        return maximumDurationSeconds == null ? null : Duration.ofSeconds(maximumDurationSeconds);
    }

    private static void within(String field, Integer value, int least, int most, String what) {
        if (value != null && (value < least || value > most)) {
            throw new InvalidCampaignException(field + " is " + value + ": give " + least + " to "
                    + String.format("%,d", most) + " " + what + " (Pinpoint's bounds).");
        }
    }
}
