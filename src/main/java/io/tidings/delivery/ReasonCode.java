package io.tidings.delivery;

/** Why a message was suppressed or failed, in Pinpoint's words where Pinpoint has them. */
public enum ReasonCode {
    ENDPOINT_OPT_OUT,
    ENDPOINT_INACTIVE,
    ENDPOINT_MISSING_ADDRESS,
    ENDPOINT_CHANNEL_MISMATCH,
    DUPLICATE_ENDPOINT,
    SUPPRESSED_ADDRESS,
    RETRY_DEADLINE_EXCEEDED,
    PERMANENT_FAILURE,
    ADDRESS_REJECTED,
    TEMPLATE_ERROR
}
