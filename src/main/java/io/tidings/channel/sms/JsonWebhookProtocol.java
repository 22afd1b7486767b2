package io.tidings.channel.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.http.HttpProviderClient;
import io.tidings.channel.http.JsonAnswers;
import io.tidings.channel.http.ProviderDialect;
import io.tidings.channel.http.ProviderResponse;
import io.tidings.channel.http.ProviderUnreachableException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST {base}/messages} with {@code {"to","from","body","messageId","type"}} and a Bearer key; the
 * answer's {@code id} is the provider's id, errors carry {@code error} (text or {@code {message}}) or
 * {@code message}.
 */
final class JsonWebhookProtocol implements SmsProviderProtocol {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpSmsSettings settings;
    private final ProviderDialect dialect = new ProviderDialect() {
        @Override
        public String providerName() {
            return "The SMS provider";
        }

        @Override
        public String providerMessageId(ProviderResponse response) {
            return JsonAnswers.firstText(JsonAnswers.read(response.body()), "/id");
        }

        @Override
        public String errorMessage(ProviderResponse response) {
            return JsonAnswers.errorMessage(response, "/error/message", "/error", "/message");
        }
    };

    JsonWebhookProtocol(HttpSmsSettings settings) {
        this.settings = settings;
    }

    @Override
    public HttpRequest request(HttpProviderClient client, OutboundMessage message, String from, String messageType) {
        ObjectNode body = JSON.createObjectNode()
                .put("to", message.address())
                .put("from", from)
                .put("body", message.textBody())
                .put("messageId", message.messageId())
                .put("type", messageType);
        try {
            return client.request(URI.create(settings.baseUrl() + "/messages"))
                    .header("Authorization", "Bearer " + settings.apiKey())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree of strings could not be written.", impossible);
        }
    }

    @Override
    public ProviderDialect dialect() {
        return dialect;
    }

    @Override
    public ConnectionCheck check(HttpProviderClient client) {
        HttpRequest request = client.request(URI.create(settings.baseUrl() + "/health"))
                .header("Authorization", "Bearer " + settings.apiKey())
                .GET()
                .build();
        try {
            ProviderResponse response = client.exchange(request);
            int status = response.status();
            if (response.isSuccess()) {
                return new ConnectionCheck(true, "The SMS provider at " + settings.baseUrl() + " answered and took the API key.");
            }
            if (status == 401 || status == 403) {
                return new ConnectionCheck(false, "The SMS provider refused the API key (HTTP " + status + ").");
            }
            if (status == 404 || status == 405) {
                return new ConnectionCheck(true, "The SMS provider at " + settings.baseUrl()
                        + " answered, but it has no /health check, so the API key is only checked by the first message.");
            }
            return new ConnectionCheck(false, "The SMS provider answered HTTP " + status + ": "
                    + dialect.errorMessage(response));
        } catch (ProviderUnreachableException unreachable) {
            return new ConnectionCheck(false, unreachable.getMessage());
        }
    }
}
