package io.tidings.channel.http;

import java.time.Duration;

/**
 * How long an HTTP channel adapter waits for a provider.
 *
 * @param connect to open a connection
 * @param request for the whole answer once the request is sent
 */
public record HttpTimeouts(Duration connect, Duration request) {

    public static final HttpTimeouts DEFAULT = new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30));

    public HttpTimeouts {
        if (connect == null || connect.isNegative() || connect.isZero()) {
            throw new IllegalArgumentException("The connect timeout must be a positive duration, not " + connect + ".");
        }
        if (request == null || request.isNegative() || request.isZero()) {
            throw new IllegalArgumentException("The request timeout must be a positive duration, not " + request + ".");
        }
    }
}
