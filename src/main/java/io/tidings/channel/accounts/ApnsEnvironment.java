package io.tidings.channel.accounts;

import io.tidings.channel.push.PushPlatform;
import java.util.List;

/**
 * Which of Apple's APNs servers an account sends through. Device tokens belong to one of them: production for
 * App Store, TestFlight and ad hoc builds (Pinpoint's APNS endpoints), development for builds run from Xcode
 * (APNS_SANDBOX endpoints). One auth key works on both.
 */
public enum ApnsEnvironment {
    PRODUCTION(List.of(PushPlatform.APNS)),
    DEVELOPMENT(List.of(PushPlatform.APNS_SANDBOX)),
    BOTH(List.of(PushPlatform.APNS, PushPlatform.APNS_SANDBOX));

    private final List<PushPlatform> platforms;

    ApnsEnvironment(List<PushPlatform> platforms) {
        this.platforms = platforms;
    }

    /** The endpoints' channel types this environment sends to. */
    public List<PushPlatform> platforms() {
        return platforms;
    }
}
