package io.tidings.channel.webhook;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.http.HttpAnswers;
import io.tidings.channel.http.HttpProviderClient;
import io.tidings.channel.http.HttpTimeouts;
import io.tidings.channel.http.JsonAnswers;
import io.tidings.channel.http.ProviderDialect;
import io.tidings.channel.http.ProviderResponse;
import io.tidings.channel.http.ProviderUnreachableException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Calls custom messages' webhooks: {@code POST} of the message's JSON body ({@link OutboundMessage#textBody()}) to
 * its address ({@link OutboundMessage#address()}, the activity's {@code DeliveryUri}), with
 * {@code Content-Type: application/json}, {@link WebhookSignature#HEADER} and {@link WebhookSignature#MESSAGE_ID_HEADER}.
 * The answer decides by the rules every HTTP channel shares: 2xx taken (a webhook reports nothing later, so it is
 * delivered), 429 and 5xx tried again (429 after its {@code Retry-After}), no answer within 10 s tried again, any other
 * status refused for good. A redirect is followed only within the webhook's own host (never from https to http), at
 * most {@value #MOST_REDIRECTS} times; a redirect anywhere else fails the message, since the body and its signature
 * are for the address the marketer gave.
 */
public final class WebhookSender implements ChannelSender {

    /** How long a webhook has to accept the connection, and then to answer. */
    public static final HttpTimeouts TIMEOUTS = new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10));
    static final int MOST_REDIRECTS = 3;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 307, 308);

    private final HttpProviderClient client;
    private final Supplier<String> secret;
    private final int maxConcurrency;
    private final Clock clock;

    /**
     * @param secret the workspace's webhook secret, read at each call (it may be renewed meanwhile); it throws when
     *     the secret cannot be read on this computer
     */
    public WebhookSender(Supplier<String> secret, int maxConcurrency, HttpTimeouts timeouts, Clock clock) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("Max concurrency " + maxConcurrency + " is not 1 or more.");
        }
        this.client = new HttpProviderClient(timeouts, clock);
        this.secret = secret;
        this.maxConcurrency = maxConcurrency;
        this.clock = clock;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.CUSTOM;
    }

    @Override
    public int maxConcurrency() {
        return maxConcurrency;
    }

    @Override
    public String destination() {
        return "the journey's webhook";
    }

    @Override
    public SendResult send(OutboundMessage message) {
        URI target;
        try {
            target = WebhookAddress.of(message.address());
        } catch (IllegalArgumentException wrong) {
            return SendResult.permanentFailure(wrong.getMessage());
        }
        byte[] body = (message.textBody() == null ? "{}" : message.textBody()).getBytes(StandardCharsets.UTF_8);
        String signature;
        try {
            signature = WebhookSignature.of(body, secret.get());
        } catch (RuntimeException unreadable) {
            return SendResult.transientFailure("The call was not signed, so it was not made: " + unreadable.getMessage()
                    + " Make a new webhook secret in Settings, API keys, and give it to the webhook.", null);
        }
        URI asked = target;
        for (int hop = 0; hop <= MOST_REDIRECTS; hop++) {
            HttpRequest request = client.request(target)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Tidings")
                    .header(WebhookSignature.HEADER, signature)
                    .header(WebhookSignature.MESSAGE_ID_HEADER, message.messageId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            ProviderResponse response;
            try {
                response = client.exchange(request);
            } catch (ProviderUnreachableException unreachable) {
                return HttpAnswers.unreachable(unreachable);
            }
            if (!REDIRECTS.contains(response.status())) {
                return HttpAnswers.classify(response, new Dialect(target), clock);
            }
            Optional<URI> next = redirect(target, response);
            if (next.isEmpty()) {
                return SendResult.permanentFailure("The webhook at " + hostOf(target) + " redirected the call (HTTP "
                        + response.status() + ") to " + response.headers().firstValue("Location").orElse("nowhere")
                        + ". Tidings follows redirects only within the webhook's own host: give the address the "
                        + "webhook answers at.");
            }
            target = next.get();
        }
        return SendResult.permanentFailure("The webhook at " + hostOf(asked) + " redirected the call more than "
                + MOST_REDIRECTS + " times.");
    }

    /** Where a redirect leads, when it stays with the webhook's host and does not drop https. */
    private static Optional<URI> redirect(URI from, ProviderResponse response) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
            return Optional.empty();
        }
        URI to;
        try {
            to = from.resolve(new URI(location.get().strip()));
        } catch (URISyntaxException | IllegalArgumentException wrong) {
            return Optional.empty();
        }
        boolean sameHost = to.getHost() != null && to.getHost().equalsIgnoreCase(from.getHost());
        boolean keepsHttps = !"https".equalsIgnoreCase(from.getScheme()) || "https".equalsIgnoreCase(to.getScheme());
        boolean web = "http".equalsIgnoreCase(to.getScheme()) || "https".equalsIgnoreCase(to.getScheme());
        return sameHost && keepsHttps && web ? Optional.of(to) : Optional.empty();
    }

    private static String hostOf(URI uri) {
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    @Override
    public ConnectionCheck testConnection() {
        try {
            secret.get();
        } catch (RuntimeException unreadable) {
            return new ConnectionCheck(false, "The workspace's webhook secret cannot be read: "
                    + unreadable.getMessage() + " Make a new one in Settings, API keys.");
        }
        return new ConnectionCheck(true, "Webhooks are called at the address each journey activity gives, signed "
                + "with the workspace's webhook secret (Settings, API keys); there is no one address to test.");
    }

    @Override
    public void close() {
        client.close();
    }

    /** How a webhook's answers read: the host stands for the provider; it gives no message id. */
    private record Dialect(URI target) implements ProviderDialect {
        @Override
        public String providerName() {
            return "The webhook at " + hostOf(target);
        }

        @Override
        public String providerMessageId(ProviderResponse response) {
            return null;
        }

        @Override
        public String errorMessage(ProviderResponse response) {
            return JsonAnswers.errorMessage(response, "/message", "/error/message", "/error");
        }
    }
}
