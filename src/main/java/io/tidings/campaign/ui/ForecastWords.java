package io.tidings.campaign.ui;

import io.tidings.delivery.PreflightReport;

/** When and why later an endpoint gets its message, in the marketer's words (the reasons are io.tidings.ui.ReasonWords). */
final class ForecastWords {

    private ForecastWords() {
    }

    static String of(PreflightReport.Wait wait) {
        if (wait == null) {
            return "";
        }
        return switch (wait) {
            case QUIET_TIME -> "Held until quiet time ends";
            case LOCAL_TIME -> "At the start time in their own time zone";
            case RATE -> "Queued behind the messages-per-second limit";
        };
    }

    static String of(PreflightReport.Timing timing) {
        return switch (timing) {
            case NOW -> "Now";
            case LATER -> "Later";
            case NOT_SENT -> "Not sent";
        };
    }
}
