package io.tidings.ui;

/**
 * One icon per concept, the same on every screen (Feather icons through Ikonli): a marketer who learned what the
 * import arrow means in Audience finds it again in Templates.
 */
public final class Icons {

    /** A file coming into the workspace: an arrow up out of the tray, as in "upload to the app". */
    public static final String IMPORT = "fth-upload";
    /** A file going out of the workspace. */
    public static final String EXPORT = "fth-download";

    public static final String EMAIL = "fth-mail";
    public static final String SMS = "fth-message-square";
    /** Push notifications, on every push platform. */
    public static final String PUSH = "fth-bell";
    public static final String VOICE = "fth-phone";
    /** A channel Tidings reaches through the app's own code (Pinpoint's CUSTOM). */
    public static final String CUSTOM = "fth-link";
    /** Messages shown inside the app (Pinpoint's IN_APP). */
    public static final String IN_APP = "fth-smartphone";

    /** The icon of an endpoint's channel: every push platform shares the push bell. */
    public static String of(io.tidings.audience.ChannelType channel) {
        if (channel.isPush()) {
            return PUSH;
        }
        return switch (channel) {
            case EMAIL -> EMAIL;
            case SMS -> SMS;
            case VOICE -> VOICE;
            case IN_APP -> IN_APP;
            default -> CUSTOM;
        };
    }

    private Icons() {
    }
}
