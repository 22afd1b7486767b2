package io.tidings.delivery;

/**
 * Why a message was not sent, was held or failed, in a marketer's words, the same on every screen (the Outbox, the
 * campaign pre-flight and run monitor) and in {@code send --dry-run}; screens show Pinpoint's code beside them.
 */
public final class ReasonWords {

    private ReasonWords() {
    }

    /** "Opted out", "Quiet time", "Over a limit (daily or total)"; "" for no reason. */
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
            case QUIET_TIME -> "Quiet time";
            case CAP_EXCEEDED -> "Over a limit (daily or total)";
            case SUPPRESSED_ADDRESS -> "Address suppressed";
            case RETRY_DEADLINE_EXCEEDED -> "Gave up retrying";
            case PERMANENT_FAILURE -> "Refused by the provider";
            case ADDRESS_REJECTED -> "Address does not exist";
            case TEMPLATE_ERROR -> "Template did not render";
            case JOB_CANCELLED -> "Job cancelled";
        };
    }
}
