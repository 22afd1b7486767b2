package io.tidings.server.ingest;

import io.tidings.channel.Feedback;
import io.tidings.channel.sms.InboundSms;
import io.tidings.channel.sms.SmsFeedback;
import io.tidings.delivery.MessageReports;
import io.tidings.work.Quote;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twilio's callbacks, each checked against {@code X-Twilio-Signature} with the auth token of the workspace's
 * Twilio-compatible account: {@code POST /webhooks/twilio/status} (a message's status: delivered, undelivered,
 * failed become the message's {@code _SMS.SUCCESS} or {@code _SMS.FAILURE}; queued, sent and the like are not
 * final and change nothing) and {@code POST /webhooks/twilio/inbound} (a message from a phone: STOP opts the
 * sender out, START in again, anything else is recorded as received), answered with an empty TwiML response.
 */
public final class TwilioWebhookHandler extends Handler.Abstract {

    public static final String PATH_SPEC = "/webhooks/twilio/*";
    static final int LARGEST_BODY = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TwilioWebhookHandler.class);
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    private static final Set<String> DELIVERED = Set.of("delivered", "read");
    private static final Set<String> FAILED = Set.of("undelivered", "failed");

    private final Supplier<List<String>> authTokens;
    private final Supplier<String> publicBaseUrl;
    private final DeliveryReceipts receipts;
    private final SmsFeedback inbound;

    /**
     * @param authTokens the auth tokens of the workspace's Twilio-compatible accounts, read when a callback comes
     * @param publicBaseUrl the URL recipients and providers reach the server at (its settings), or a supplier of null
     */
    public TwilioWebhookHandler(Supplier<List<String>> authTokens, Supplier<String> publicBaseUrl,
            MessageReports reports, SmsFeedback inbound, Clock clock) {
        this.authTokens = authTokens;
        this.publicBaseUrl = publicBaseUrl;
        this.receipts = new DeliveryReceipts(reports, clock);
        this.inbound = inbound;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        boolean status = path != null && path.endsWith("/webhooks/twilio/status");
        boolean message = path != null && path.endsWith("/webhooks/twilio/inbound");
        if (!status && !message) {
            Answer.refuse(response, callback, 404, "There is nothing at " + Quote.of(path) + ": Twilio's callbacks are "
                    + "/webhooks/twilio/status and /webhooks/twilio/inbound.");
            return true;
        }
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            Answer.refuse(response, callback, 405, "Twilio's callbacks are POST, not " + request.getMethod() + ".");
            return true;
        }
        try {
            answer(request, response, callback, status);
        } catch (RuntimeException failure) {
            Failures.answer(LOG, status ? "Recording Twilio's status callback" : "Recording an inbound SMS", failure,
                    response, callback);
        }
        return true;
    }

    private void answer(Request request, Response response, Callback callback, boolean status) throws IOException {
        Map<String, String> form;
        try {
            form = FormBody.parse(RequestBody.read(request, LARGEST_BODY));
        } catch (RequestBody.TooLargeException tooLarge) {
            Answer.refuse(response, callback, 400, "A Twilio callback fits in 64 KB; this one is larger.");
            return;
        }
        List<String> tokens = authTokens.get();
        if (tokens.isEmpty()) {
            LOG.warn("A Twilio callback came, but no Twilio-compatible account is set up to check its signature");
            Answer.refuse(response, callback, 403, "No Twilio-compatible account is set up in Settings, Channels, so "
                    + "the callback's X-Twilio-Signature cannot be checked.");
            return;
        }
        if (!signedByTwilio(request, form, tokens)) {
            Answer.refuse(response, callback, 403, "The X-Twilio-Signature header is missing or does not match the "
                    + "auth token of the workspace's Twilio account and this URL.");
            return;
        }
        if (status) {
            status(form, response, callback);
        } else {
            inbound.inbound(new InboundSms(form.getOrDefault("From", ""), form.getOrDefault("To", ""),
                    form.getOrDefault("Body", "")));
            Answer.write(response, callback, 200, "text/xml", Answer.utf8(EMPTY_TWIML));
        }
    }

    private void status(Map<String, String> form, Response response, Callback callback) {
        String sid = form.get("MessageSid");
        String state = form.getOrDefault("MessageStatus", form.getOrDefault("SmsStatus", ""));
        Feedback feedback = DELIVERED.contains(state) ? Feedback.DELIVERED : FAILED.contains(state) ? Feedback.FAILED : null;
        if (sid == null || feedback == null) {
            Answer.json(response, callback, 200, Answer.JSON.createObjectNode().put("Message",
                    "Status " + Quote.of(state) + " is not final; nothing to record."));
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("provider_message_id", sid);
        if (form.get("ErrorCode") != null && !form.get("ErrorCode").isBlank()) {
            attributes.put("error_code", form.get("ErrorCode"));
        }
        DeliveryReceipts.Outcome outcome = receipts.record(null, sid, feedback, attributes);
        if (outcome == DeliveryReceipts.Outcome.UNKNOWN_MESSAGE) {
            LOG.info("Twilio reported on message {}, which is not in this workspace's ledger; ignored", sid);
        }
        Answer.json(response, callback, 200, Answer.JSON.createObjectNode().put("Message", switch (outcome) {
            case RECORDED -> "Recorded.";
            case REPEATED -> "The message already had this report; nothing changed.";
            case UNKNOWN_MESSAGE -> "No message of this workspace has that MessageSid; the report was ignored.";
        }));
    }

    /** Twilio signs the URL it called: the server's own view of it, the proxy's, or the public base URL's. */
    private boolean signedByTwilio(Request request, Map<String, String> form, List<String> tokens) {
        String signature = request.getHeaders().get(WebhookSignature.TWILIO_HEADER);
        if (signature == null) {
            return false;
        }
        for (String url : urls(request)) {
            for (String token : tokens) {
                if (WebhookSignature.twilioMatches(url, form, token, signature)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> urls(Request request) {
        String pathAndQuery = request.getHttpURI().getPathQuery();
        List<String> urls = new ArrayList<>();
        urls.add(request.getHttpURI().asString());
        String forwardedHost = request.getHeaders().get("X-Forwarded-Host");
        if (forwardedHost != null) {
            String scheme = request.getHeaders().get("X-Forwarded-Proto");
            urls.add((scheme == null ? "https" : scheme) + "://" + forwardedHost + pathAndQuery);
        }
        String base = publicBaseUrl.get();
        if (base != null && !base.isBlank()) {
            urls.add(base.replaceAll("/+$", "") + pathAndQuery);
        }
        return urls;
    }
}
