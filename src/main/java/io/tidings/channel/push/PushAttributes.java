package io.tidings.channel.push;

/**
 * The names of the push extras in {@link io.tidings.channel.OutboundMessage#attributes()}, read alike by the APNs
 * and FCM adapters. Every {@code push.*} attribute an adapter does not turn into a setting of its own reaches the
 * app as a custom data key without the prefix ({@code push.url} arrives as {@code url}).
 */
public final class PushAttributes {

    public static final String PREFIX = "push.";
    /** The link the notification opens. */
    public static final String URL = "push.url";
    /** What a tap does: OPEN_APP, DEEP_LINK or URL (Pinpoint's Action). */
    public static final String ACTION = "push.action";
    /** A sound file in the app bundle, or {@code default}. */
    public static final String SOUND = "push.sound";
    /** The number shown on the app icon, a whole number from 0. */
    public static final String BADGE = "push.badge";
    /** {@code true} for a silent (background) notification that wakes the app and shows nothing. */
    public static final String SILENT = "push.silent";
    /** {@code high} or {@code normal}. */
    public static final String PRIORITY = "push.priority";
    /** Notifications with the same collapse id replace one another on the device. */
    public static final String COLLAPSE_ID = "push.collapseId";
    /** How many seconds the push service keeps trying an offline device; 0 = now or never. */
    public static final String TIME_TO_LIVE = "push.timeToLive";
    /**
     * The endpoint's Pinpoint channel type (APNS, APNS_SANDBOX, GCM, ...), set by the sending engine so that
     * {@link PushRouter} picks the push service; the router removes it before handing the message on.
     */
    public static final String PLATFORM = "push.platform";

    private PushAttributes() {
    }
}
