package io.tidings.journey;

import java.util.List;

/** The rules a journey's settings follow: Pinpoint's 540 days, and its bounds on caps. */
final class JourneySettingsRules {

    void check(JourneySettings settings, List<Issue> issues) {
        JourneySchedule schedule = settings.schedule();
        if (schedule.startTime() != null && schedule.endTime() != null
                && !schedule.endTime().isAfter(schedule.startTime())) {
            issues.add(Issue.error(null, null, "The journey ends (" + schedule.endTime() + ") before it starts ("
                    + schedule.startTime() + "): give an end after the start."));
        } else if (schedule.isTooLong()) {
            issues.add(Issue.error(null, null, "The journey runs from " + schedule.startTime() + " to "
                    + schedule.endTime() + ", more than " + JourneySchedule.MOST_DAYS + " days: end it sooner."));
        }
        if (settings.refreshOnSegmentUpdate() && settings.refreshFrequency() == null) {
            issues.add(Issue.warning(null, null, "The segment is to be evaluated again when it changes, but that needs "
                    + "a refresh frequency too (Pinpoint's rule): give one, such as every hour."));
        }
        JourneyLimits limits = settings.limits();
        atMost(limits.dailyCap(), "daily cap (DailyCap)", issues);
        atMost(limits.totalCap(), "total cap (TotalCap)", issues);
        atMost(limits.endpointReentryCap(), "re-entry cap (EndpointReentryCap)", issues);
        if (limits.timeframeCap() != null) {
            atMost(limits.timeframeCap().cap(), "cap per timeframe (TimeframeCap.Cap)", issues);
            Integer days = limits.timeframeCap().days();
            if (days != null && (days < 0 || days > 30)) {
                issues.add(Issue.error(null, null, "The timeframe of the cap is " + days + " days: give 1 to 30 "
                        + "(0 for none)."));
            }
        }
        if (limits.messagesPerSecond() != null && limits.messagesPerSecond() < 1) {
            issues.add(Issue.error(null, null, "Messages per second is " + limits.messagesPerSecond()
                    + ": give at least 1, or leave it out."));
        }
    }

    private static void atMost(Integer value, String what, List<Issue> issues) {
        if (value != null && (value < 0 || value > JourneyLimits.MOST_PER_PARTICIPANT)) {
            issues.add(Issue.error(null, null, "The " + what + " is " + value + ": give 0 (no limit) to "
                    + JourneyLimits.MOST_PER_PARTICIPANT + "."));
        }
    }
}
