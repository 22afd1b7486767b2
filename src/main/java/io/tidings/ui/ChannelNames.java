package io.tidings.ui;

import io.tidings.audience.ChannelType;
import java.util.Locale;

/**
 * Pinpoint's endpoint channel types in a marketer's words ("Android push" for GCM); screens show these and keep
 * Pinpoint's code for a tooltip, where someone matching a Pinpoint export looks for it.
 */
public final class ChannelNames {

    private ChannelNames() {
    }

    public static String of(ChannelType channel) {
        return switch (channel) {
            case EMAIL -> "Email";
            case SMS -> "SMS";
            case VOICE -> "Voice";
            case APNS -> "iOS push";
            case APNS_SANDBOX -> "iOS push (sandbox)";
            case APNS_VOIP -> "iOS VoIP push";
            case APNS_VOIP_SANDBOX -> "iOS VoIP push (sandbox)";
            case GCM -> "Android push";
            case BAIDU -> "Baidu push";
            case ADM -> "Amazon push";
            case CUSTOM -> "Custom";
            case IN_APP -> "In-app";
        };
    }

    /** The words for a channel type written as Pinpoint writes it; the text itself when it names none. */
    public static String of(String pinpointCode) {
        if (pinpointCode == null) {
            return "";
        }
        try {
            return of(ChannelType.valueOf(pinpointCode.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return pinpointCode;
        }
    }

    /** What a tooltip says about a channel: Pinpoint's code for it. */
    public static String code(ChannelType channel) {
        return "Pinpoint channel type " + channel.name();
    }
}
