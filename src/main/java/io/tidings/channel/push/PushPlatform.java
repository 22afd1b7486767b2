package io.tidings.channel.push;

import java.util.Optional;

/** The push services Tidings sends through, each named by the Pinpoint channel type of its endpoints. */
public enum PushPlatform {
    /** Apple's production APNs, for tokens of App Store and TestFlight builds. */
    APNS("APNs"),
    /** Apple's development APNs, for tokens of builds run from Xcode. */
    APNS_SANDBOX("APNs sandbox"),
    /** Firebase Cloud Messaging (Pinpoint still calls the channel GCM). */
    GCM("FCM");

    private final String serviceName;

    PushPlatform(String serviceName) {
        this.serviceName = serviceName;
    }

    /** The service's name as the Settings screen shows it. */
    public String serviceName() {
        return serviceName;
    }

    /** The platform of a Pinpoint channel type, or empty when Tidings does not send to it. */
    public static Optional<PushPlatform> ofChannelType(String channelType) {
        for (PushPlatform platform : values()) {
            if (platform.name().equals(channelType)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
