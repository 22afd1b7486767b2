package io.tidings.audience;

/** Pinpoint's endpoint channel types. */
public enum ChannelType {
    EMAIL,
    SMS,
    VOICE,
    APNS,
    APNS_SANDBOX,
    APNS_VOIP,
    APNS_VOIP_SANDBOX,
    GCM,
    BAIDU,
    ADM,
    CUSTOM,
    IN_APP;

    /** Whether messages on this channel go to a mobile push service. */
    public boolean isPush() {
        return switch (this) {
            case APNS, APNS_SANDBOX, APNS_VOIP, APNS_VOIP_SANDBOX, GCM, BAIDU, ADM -> true;
            default -> false;
        };
    }
}
