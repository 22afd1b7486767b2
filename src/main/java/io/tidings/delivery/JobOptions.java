package io.tidings.delivery;

import java.time.ZoneId;

/**
 * How one send job treats each endpoint, stored with the job ({@code send_job.settings}).
 *
 * @param quietTime when messages must not arrive on the endpoint's clock, or null for none
 * @param messagesPerEndpoint the most messages this job sends to one endpoint (Pinpoint's campaign
 *     {@code Limits.Total}); 0 for no limit
 * @param dailyCapPerEndpoint the most messages one endpoint may get in one calendar day on its own
 *     clock, counting every job in the workspace (campaigns and journeys alike; Pinpoint's
 *     application {@code Limits.Daily}); 0 for no limit
 * @param fallbackTimezone the zone used for endpoints without a Demographic.Timezone; null follows
 *     Pinpoint: such an endpoint gets no message when quiet time applies (ENDPOINT_MISSING_TIMEZONE),
 *     and its calendar day for the daily cap is UTC's
 */
public record JobOptions(QuietTime quietTime, int messagesPerEndpoint, int dailyCapPerEndpoint,
        ZoneId fallbackTimezone) {

    /** No quiet time and no caps. */
    public static final JobOptions DEFAULTS = new JobOptions(null, 0, 0, null);

    public JobOptions {
        if (messagesPerEndpoint < 0) {
            throw new IllegalArgumentException("Limits.Total is " + messagesPerEndpoint
                    + ": give the most messages per endpoint in this job, or 0 for no limit.");
        }
        if (dailyCapPerEndpoint < 0) {
            throw new IllegalArgumentException("Limits.Daily is " + dailyCapPerEndpoint
                    + ": give the most messages per endpoint in a day, or 0 for no limit.");
        }
    }

    public JobOptions withQuietTime(QuietTime quiet) {
        return new JobOptions(quiet, messagesPerEndpoint, dailyCapPerEndpoint, fallbackTimezone);
    }

    public JobOptions withMessagesPerEndpoint(int most) {
        return new JobOptions(quietTime, most, dailyCapPerEndpoint, fallbackTimezone);
    }

    public JobOptions withDailyCapPerEndpoint(int most) {
        return new JobOptions(quietTime, messagesPerEndpoint, most, fallbackTimezone);
    }

    public JobOptions withFallbackTimezone(ZoneId zone) {
        return new JobOptions(quietTime, messagesPerEndpoint, dailyCapPerEndpoint, zone);
    }

    public boolean hasQuietTime() {
        return quietTime != null;
    }
}
