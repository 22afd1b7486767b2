package io.tidings.tracking;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Whether a link leads to a web page: an absolute http or https URL with a host. */
final class WebAddress {

    private WebAddress() {
    }

    static boolean isWebAddress(String link) {
        if (link == null || link.length() > TrackingLinks.LONGEST_TARGET) {
            return false;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
