package io.tidings.channel.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The value of an HTTP Basic {@code Authorization} header. */
public final class BasicAuthorization {

    private BasicAuthorization() {
    }

    public static String header(String user, String password) {
        String credentials = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
