package io.tidings.channel.http;

import java.net.http.HttpHeaders;

/** A provider's HTTP answer, read whole (provider answers are small). */
public record ProviderResponse(int status, String body, HttpHeaders headers) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
