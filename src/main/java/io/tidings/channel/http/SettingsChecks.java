package io.tidings.channel.http;

import java.net.URI;
import java.net.URISyntaxException;

/** The checks channel settings share; each message names the field, as the Settings screen shows it. */
public final class SettingsChecks {

    public static final int MOST_CONCURRENCY = 100;

    private SettingsChecks() {
    }

    /** An absolute http(s) URL, returned without a trailing slash so paths can be appended. */
    public static String baseUrl(String field, String value) {
        String url = required(field, value);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException(field + " is not a valid URL: " + url);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new IllegalArgumentException(field + " must start with https:// (or http://) and name a host: " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing.");
        }
        return value.strip();
    }

    public static int concurrency(String field, int value) {
        if (value < 1 || value > MOST_CONCURRENCY) {
            throw new IllegalArgumentException(
                    field + " must be between 1 and " + MOST_CONCURRENCY + ", not " + value + ".");
        }
        return value;
    }
}
