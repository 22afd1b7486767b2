package io.tidings.campaign.ui;

import io.tidings.delivery.PreflightReport;
import io.tidings.delivery.ReasonCode;

/** Why an endpoint gets a message later or not at all, in the marketer's words. */
public final class ReasonWords {

    private ReasonWords() {
    }

    public static String of(ReasonCode reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case ENDPOINT_OPT_OUT -> "Opted out";
            case ENDPOINT_INACTIVE -> "Endpoint inactive";
            case ENDPOINT_MISSING_ADDRESS -> "No address";
            case ENDPOINT_MISSING_TIMEZONE -> "No time zone";
            case ENDPOINT_CHANNEL_MISMATCH -> "Not on this channel";
            case DUPLICATE_ENDPOINT -> "Same address twice";
            case TREATMENT_HOLDOUT -> "Holdout";
            case ENDPOINT_TIMEZONE_MISMATCH -> "Local start time already passed";
            case EXPIRED -> "Expired: maximum duration reached";
            case QUIET_TIME -> "Quiet time (dropped)";
            case CAP_EXCEEDED -> "Over a limit (daily or total)";
            case SUPPRESSED_ADDRESS -> "Address suppressed";
            case RETRY_DEADLINE_EXCEEDED -> "Gave up retrying";
            case PERMANENT_FAILURE -> "Refused by the provider";
            case ADDRESS_REJECTED -> "Address does not exist";
            case TEMPLATE_ERROR -> "Template did not render";
            case JOB_CANCELLED -> "Cancelled";
        };
    }

    public static String of(PreflightReport.Wait wait) {
        if (wait == null) {
            return "";
        }
        return switch (wait) {
            case QUIET_TIME -> "Held until quiet time ends";
            case LOCAL_TIME -> "At the start time in their own time zone";
            case RATE -> "Queued behind the messages-per-second limit";
        };
    }

    public static String of(PreflightReport.Timing timing) {
        return switch (timing) {
            case NOW -> "Now";
            case LATER -> "Later";
            case NOT_SENT -> "Not sent";
        };
    }
}
