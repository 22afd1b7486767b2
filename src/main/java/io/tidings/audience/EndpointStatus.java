package io.tidings.audience;

/** Whether messages go to an endpoint (Pinpoint's EndpointStatus). */
public enum EndpointStatus {
    ACTIVE,
    INACTIVE
}
