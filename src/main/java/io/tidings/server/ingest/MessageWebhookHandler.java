package io.tidings.server.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tidings.apikey.ApiKeyService;
import io.tidings.apikey.UnreadableSecretException;
import io.tidings.channel.Feedback;
import io.tidings.delivery.MessageReports;
import io.tidings.work.Quote;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generic delivery-receipt webhook, for any provider: {@code POST /webhooks/messages} with
 * {@code {"messageId" or "providerMessageId", "status", "detail"}}, signed with the workspace's webhook secret:
 * {@code X-Tidings-Signature: sha256=<hex HMAC-SHA256 of the raw body>}. A wrong or missing signature gets 403; a
 * report about a message the workspace does not have is answered 200 and ignored (a provider retries anything
 * else, and the message may be a test send or another workspace's).
 */
public final class MessageWebhookHandler extends Handler.Abstract {

    public static final String PATH_SPEC = "/webhooks/messages";
    static final int LARGEST_BODY = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(MessageWebhookHandler.class);
    private static final Map<String, Feedback> STATUSES = statuses();

    private final ApiKeyService keys;
    private final DeliveryReceipts receipts;

    public MessageWebhookHandler(ApiKeyService keys, MessageReports reports, Clock clock) {
        this.keys = keys;
        this.receipts = new DeliveryReceipts(reports, clock);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            Answer.refuse(response, callback, 405, "The delivery-receipt webhook takes POST, not " + request.getMethod() + ".");
            return true;
        }
        try {
            answer(request, response, callback);
        } catch (RuntimeException failure) {
            Failures.answer(LOG, "Recording the delivery receipt", failure, response, callback);
        }
        return true;
    }

    private void answer(Request request, Response response, Callback callback) throws IOException {
        byte[] body;
        try {
            body = RequestBody.read(request, LARGEST_BODY);
        } catch (RequestBody.TooLargeException tooLarge) {
            Answer.refuse(response, callback, 400, "A delivery receipt fits in 64 KB; this one is larger.");
            return;
        }
        String secret;
        try {
            secret = keys.webhookSecret();
        } catch (UnreadableSecretException unreadable) {
            LOG.warn("A delivery receipt cannot be checked: {}", unreadable.getMessage());
            Answer.refuse(response, callback, 403, "The webhook secret cannot be read on this computer: make a new one "
                    + "in Settings, API keys, and give it to the provider.");
            return;
        }
        if (!WebhookSignature.tidingsMatches(request.getHeaders().get(WebhookSignature.TIDINGS_HEADER), body, secret)) {
            Answer.refuse(response, callback, 403, "The request's " + WebhookSignature.TIDINGS_HEADER + " header is "
                    + "missing or wrong: it is sha256= and the hex HMAC-SHA256 of the body, keyed with the workspace's "
                    + "webhook secret (Settings, API keys).");
            return;
        }
        JsonNode report;
        try {
            report = Answer.JSON.readTree(body);
        } catch (IOException notJson) {
            Answer.refuse(response, callback, 400, "The body is not JSON: send {\"messageId\" or \"providerMessageId\", "
                    + "\"status\", \"detail\"}.");
            return;
        }
        if (report == null || !report.isObject()) {
            Answer.refuse(response, callback, 400, "The body is not a JSON object: send {\"messageId\" or "
                    + "\"providerMessageId\", \"status\", \"detail\"}.");
            return;
        }
        String messageId = text(report.get("messageId"));
        String providerMessageId = text(report.get("providerMessageId"));
        String status = text(report.get("status"));
        if (messageId == null && providerMessageId == null) {
            Answer.refuse(response, callback, 400, "messageId or providerMessageId is missing: which message is this about?");
            return;
        }
        Feedback feedback = status == null ? null : STATUSES.get(status.strip().toLowerCase(Locale.ROOT));
        if (feedback == null) {
            Answer.refuse(response, callback, 400, "status " + (status == null ? "is missing" : Quote.of(status)
                    + " is not one Tidings knows") + ": use " + String.join(", ", STATUSES.keySet()) + ".");
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        String detail = text(report.get("detail"));
        if (detail != null && !detail.isBlank()) {
            attributes.put("detail", detail.length() > 200 ? detail.substring(0, 200) : detail);
        }
        DeliveryReceipts.Outcome outcome;
        try {
            outcome = receipts.record(messageId, providerMessageId, feedback, attributes);
        } catch (IllegalArgumentException notForChannel) {
            Answer.refuse(response, callback, 400, "status " + Quote.of(status) + " does not fit this message: "
                    + notForChannel.getMessage());
            return;
        }
        Answer.json(response, callback, 200, Answer.JSON.createObjectNode().put("Message", switch (outcome) {
            case RECORDED -> "Recorded.";
            case REPEATED -> "The message already had this report; nothing changed.";
            case UNKNOWN_MESSAGE -> "No message of this workspace has that id; the report was ignored.";
        }));
    }

    private static Map<String, Feedback> statuses() {
        Map<String, Feedback> statuses = new LinkedHashMap<>();
        statuses.put("delivered", Feedback.DELIVERED);
        statuses.put("failed", Feedback.FAILED);
        statuses.put("bounced", Feedback.HARD_BOUNCE);
        statuses.put("soft_bounced", Feedback.SOFT_BOUNCE);
        statuses.put("complained", Feedback.COMPLAINT);
        statuses.put("opened", Feedback.OPEN);
        statuses.put("clicked", Feedback.CLICK);
        return statuses;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }
}
