package io.tidings.channel.push.apns;

/**
 * Where an APNs client connects: Apple's production or development server, or another host (a proxy, a test server).
 * The constructor names the field that is wrong.
 */
public record ApnsServer(String host, int port) {

    /** For device tokens of App Store, TestFlight and ad hoc builds (Pinpoint's APNS channel). */
    public static final ApnsServer PRODUCTION = new ApnsServer("api.push.apple.com", 443);
    /** For device tokens of builds run from Xcode (Pinpoint's APNS_SANDBOX channel). */
    public static final ApnsServer DEVELOPMENT = new ApnsServer("api.sandbox.push.apple.com", 443);

    public ApnsServer {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("APNs host is missing: use api.push.apple.com (production) "
                    + "or api.sandbox.push.apple.com (development).");
        }
        host = host.strip();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("APNs port " + port + " is not between 1 and 65535 (Apple uses 443, "
                    + "or 2197 where 443 is blocked).");
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
