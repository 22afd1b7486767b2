package io.tidings.channel.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What a custom message's {@code DeliveryUri} must be for Tidings to call it: an http or https address with a host.
 * Pinpoint also takes a Lambda function's ARN there; Tidings calls webhooks only, and says so. No address is refused for
 * where it points: the marketer chooses where their own webhooks are.
 */
public final class WebhookAddress {

    private WebhookAddress() {
    }

    /**
     * The webhook's address as a URI.
     *
     * @throws IllegalArgumentException in words when it is not an http or https address
     */
    public static URI of(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("The activity gives no webhook address.");
        }
        if (value.toLowerCase(Locale.ROOT).startsWith("arn:")) {
            throw new IllegalArgumentException(value + " is a Lambda function: Tidings calls webhooks, not Lambda "
                    + "functions. Give the https:// address of a webhook.");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException wrong) {
            throw new IllegalArgumentException(value + " is not a web address (" + wrong.getReason() + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(value + " is not a web address: a webhook's address starts with "
                    + "https:// (or http://).");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(value + " names no host: give an address such as "
                    + "https://hooks.example.com/tidings.");
        }
        return uri;
    }

}
