package io.tidings.channel.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.http.HttpAnswers;
import io.tidings.channel.http.HttpProviderClient;
import io.tidings.channel.http.HttpTimeouts;
import io.tidings.channel.http.ProviderResponse;
import io.tidings.channel.http.ProviderUnreachableException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Sends push notifications through FCM HTTP v1 ({@code POST /v1/projects/{id}/messages:send}). The subject is
 * the notification's title and the text body its body; {@code data} carries Tidings' message id and every
 * {@code push.*} attribute without its prefix ({@code push.url} becomes {@code url}). Safe for concurrent sends.
 */
public final class FcmSender implements ChannelSender {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUSH_ATTRIBUTE_PREFIX = "push.";

    private final FcmSettings settings;
    private final AccessTokenSource tokens;
    private final HttpProviderClient client;
    private final Clock clock;
    private final FcmDialect dialect = new FcmDialect();
    private final URI sendUri;

    /** The sender closes the token source when it is closed. */
    public FcmSender(FcmSettings settings, AccessTokenSource tokens, HttpTimeouts timeouts, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.client = new HttpProviderClient(timeouts, clock);
        this.clock = clock;
        this.sendUri = URI.create(settings.baseUrl() + "/v1/projects/"
                + URLEncoder.encode(settings.projectId(), StandardCharsets.UTF_8) + "/messages:send");
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.PUSH;
    }

    @Override
    public int maxConcurrency() {
        return settings.maxConcurrency();
    }

    @Override
    public SendResult send(OutboundMessage message) {
        String token;
        try {
            token = tokens.accessToken();
        } catch (AccessTokenException refused) {
            return refused.isTransient()
                    ? SendResult.transientFailure(refused.getMessage(), null)
                    : SendResult.permanentFailure(refused.getMessage());
        }
        HttpRequest request = client.request(sendUri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8))
                .build();
        ProviderResponse response;
        try {
            response = client.exchange(request);
        } catch (ProviderUnreachableException unreachable) {
            return HttpAnswers.unreachable(unreachable);
        }
        // THIRD_PARTY_AUTH_ERROR is also a 401, but it is about the APNs certificate, which a new token cannot fix.
        if (response.status() == 401 && !"THIRD_PARTY_AUTH_ERROR".equals(FcmDialect.fcmErrorCode(response))) {
            tokens.forget(token);
            return SendResult.transientFailure("FCM refused the access token (HTTP 401): "
                    + dialect.errorMessage(response) + "; a new one will be fetched.", null);
        }
        return HttpAnswers.classify(response, dialect, clock);
    }

    static String body(OutboundMessage message) {
        ObjectNode fcmMessage = JSON.createObjectNode().put("token", message.address());
        ObjectNode notification = fcmMessage.putObject("notification");
        if (message.subject() != null) {
            notification.put("title", message.subject());
        }
        if (message.textBody() != null) {
            notification.put("body", message.textBody());
        }
        ObjectNode data = fcmMessage.putObject("data").put("messageId", message.messageId());
        for (Map.Entry<String, String> attribute : message.attributes().entrySet()) {
            if (attribute.getKey().startsWith(PUSH_ATTRIBUTE_PREFIX)) {
                data.put(attribute.getKey().substring(PUSH_ATTRIBUTE_PREFIX.length()), attribute.getValue());
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("message", fcmMessage);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree of strings could not be written.", impossible);
        }
    }

    /** Fetches an access token: the cheapest request that proves the service account works. */
    @Override
    public ConnectionCheck testConnection() {
        try {
            tokens.accessToken();
            return new ConnectionCheck(true, "Signed in to Google as " + tokens.accountName()
                    + "; pushes go to Firebase project " + settings.projectId() + ".");
        } catch (AccessTokenException refused) {
            return new ConnectionCheck(false, refused.getMessage());
        }
    }

    @Override
    public void close() {
        client.close();
        tokens.close();
    }
}
