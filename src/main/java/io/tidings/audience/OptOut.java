package io.tidings.audience;

/** Whether the person opted out of all messages on an endpoint (Pinpoint's OptOut). */
public enum OptOut {
    ALL,
    NONE
}
