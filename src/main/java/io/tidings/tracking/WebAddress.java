package io.tidings.tracking;

/**
 * Whether a link leads to a web page: {@code http://} or {@code https://} (any case), a host, and no control
 * characters or spaces (nothing a {@code Location} header could not carry). Read once a link per message, so it does
 * not build a {@code java.net.URI}, which costs more than signing the link.
 */
final class WebAddress {

    private WebAddress() {
    }

    static boolean isWebAddress(String link) {
        if (link == null || link.length() > TrackingLinks.LONGEST_TARGET) {
            return false;
        }
        int hostStart = link.regionMatches(true, 0, "https://", 0, 8) ? 8
                : link.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
        if (hostStart < 0 || hostStart == link.length() || "/?#@:".indexOf(link.charAt(hostStart)) >= 0) {
            return false;
        }
        for (int index = 0; index < link.length(); index++) {
            char c = link.charAt(index);
            if (c <= ' ' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
