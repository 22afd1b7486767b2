package io.tidings.delivery;

/**
 * Why a message was not sent, was held, or failed. The names are Pinpoint's where Pinpoint has one;
 * the rest are Tidings' own, marked below.
 */
public enum ReasonCode {
    ENDPOINT_OPT_OUT,
    ENDPOINT_INACTIVE,
    ENDPOINT_MISSING_ADDRESS,
    /**
     * Quiet time applies to the message, or the run delivers in local time, but the endpoint has no valid
     * Demographic.Timezone (and the job no fallback).
     */
    ENDPOINT_MISSING_TIMEZONE,
    ENDPOINT_CHANNEL_MISMATCH,
    DUPLICATE_ENDPOINT,
    /** The endpoint is in the campaign run's holdout: it gets no message, so that it can be compared with those that do. */
    TREATMENT_HOLDOUT,
    /** A local-time run: the endpoint's own start time had already passed when the run began, so this run skips it. */
    ENDPOINT_TIMEZONE_MISMATCH,
    /** The run's MaximumDuration ran out before the message could be sent (Pinpoint's campaign_send_status EXPIRED). */
    EXPIRED,
    /** Dropped, or (while the message is still PENDING) held, because it is quiet time where the endpoint is. */
    QUIET_TIME,
    /** The endpoint already got as many messages as the job's or the workspace's daily cap allows. */
    CAP_EXCEEDED,
    /** Tidings: the address is on the workspace's suppression list (hard bounce, complaint, rejected token). */
    SUPPRESSED_ADDRESS,
    /** Tidings: transient failures went on past the attempt cap or the retry deadline. */
    RETRY_DEADLINE_EXCEEDED,
    /** Tidings: the provider refused the message for good. */
    PERMANENT_FAILURE,
    /** Tidings: the provider said the address does not exist (hard bounce, unregistered device token). */
    ADDRESS_REJECTED,
    /**
     * Tidings: the template did not render for this endpoint (a helper failed, the template was deleted).
     * Pinpoint reports these only in its logs; Tidings keeps them per endpoint so the marketer sees them.
     */
    TEMPLATE_ERROR,
    /** Tidings: the job was cancelled before the message was sent; it never will be. */
    JOB_CANCELLED
}
