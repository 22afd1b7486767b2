package io.tidings.delivery.ui;

import io.tidings.delivery.ReasonCode;

/** Why a message was not sent, in a marketer's words; the Outbox shows Pinpoint's code beside them. */
final class ReasonWords {

    private ReasonWords() {
    }

    /** "Opted out", "Quiet time", "Over the daily limit"; null (a cancelled job's message) reads "Job cancelled". */
    static String of(ReasonCode reason) {
        if (reason == null) {
            return "Job cancelled";
        }
        return switch (reason) {
            case ENDPOINT_OPT_OUT -> "Opted out";
            case ENDPOINT_INACTIVE -> "Endpoint inactive";
            case ENDPOINT_MISSING_ADDRESS -> "No address";
            case ENDPOINT_MISSING_TIMEZONE -> "No time zone for quiet time";
            case ENDPOINT_CHANNEL_MISMATCH -> "Not on this channel";
            case DUPLICATE_ENDPOINT -> "Same address twice";
            case TREATMENT_HOLDOUT -> "Holdout";
            case ENDPOINT_TIMEZONE_MISMATCH -> "Local start time already passed";
            case EXPIRED -> "Expired: maximum duration reached";
            case QUIET_TIME -> "Quiet time";
            case CAP_EXCEEDED -> "Over the daily limit";
            case SUPPRESSED_ADDRESS -> "Address suppressed";
            case RETRY_DEADLINE_EXCEEDED -> "Gave up retrying";
            case PERMANENT_FAILURE -> "Refused by the provider";
            case ADDRESS_REJECTED -> "Address does not exist";
            case TEMPLATE_ERROR -> "Template did not render";
            case JOB_CANCELLED -> "Job cancelled";
        };
    }

    /** The code as Pinpoint (or, for Tidings' own reasons, Tidings) writes it. */
    static String code(ReasonCode reason) {
        return reason == null ? ReasonCode.JOB_CANCELLED.name() : reason.name();
    }
}
