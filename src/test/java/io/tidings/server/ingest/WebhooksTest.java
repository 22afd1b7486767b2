package io.tidings.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.analytics.KpiQuery;
import io.tidings.analytics.MessageKpis;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.HttpSmsAccount;
import io.tidings.channel.accounts.Secret;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.channel.sandbox.SandboxSettings;
import io.tidings.channel.sms.SmsProviderStyle;
import io.tidings.delivery.SendJob;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.template.TemplateType;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Providers' callbacks over real HTTP: an SMS send through the sandbox (its reports turned off), then Twilio's
 * status and inbound callbacks and the generic JSON webhook tell the workspace what became of the messages.
 */
class WebhooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH_TOKEN = "twilio-auth-token-1234";

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private LoopbackServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The provider's id (the sandbox's capture) of the message to each number, and Tidings' own. */
    private final Map<String, SandboxMessage> sent = new LinkedHashMap<>();

    @BeforeEach
    void sendTwoSms() throws Exception {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .create(folder.resolve("hooks.tidings"), "Hooks");
        workspace.sandboxSettings().save(new SandboxSettings(false, SandboxSettings.defaults().rates()));
        workspace.audience().addEndpoints(List.of(phone("phone-1", "+14155550101"), phone("phone-2", "+14155550102")));
        workspace.templates().create("Flash sale", TemplateType.SMS, null, "{\"Body\":\"Sale today\"}");
        workspace.segments().create("Everyone", SegmentDefinition.of(new SegmentDimensions(null, null, null, null,
                new SegmentDimensions.Location(new SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of("US")),
                        null), null)));
        workspace.startSending();
        SendJob job = workspace.sendJobs().create("Flash sale", "Everyone", DeliveryChannel.SMS);
        workspace.delivery().run(job.id());
        workspace.delivery().await(job.id(), Duration.ofSeconds(30), progress -> { });
        workspace.sandboxOutbox().newest(10).forEach(message -> sent.put(message.address(), message));
        assertThat(sent).hasSize(2);
        workspace.channelAccounts().save(ChannelAccounts.SANDBOX.with(new ChannelAccount(DeliveryChannel.SMS,
                new HttpSmsAccount(SmsProviderStyle.TWILIO_FORM, "http://127.0.0.1:9", "AC0123456789", null,
                        new Secret("text:" + AUTH_TOKEN), "+15550000000", null, null), null)));
        server = LoopbackServer.serving(workspace.ingestionRoutes());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        workspace.close();
    }

    @Test
    void twiliosDeliveredStatusIsTheMessagesDeliveryOnce() throws Exception {
        Map<String, String> form = Map.of("MessageSid", providerId("+14155550101"), "MessageStatus", "delivered",
                "AccountSid", "AC0123456789");

        HttpResponse<String> first = twilio("/webhooks/twilio/status", form, AUTH_TOKEN);
        HttpResponse<String> again = twilio("/webhooks/twilio/status", form, AUTH_TOKEN);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(message(first)).isEqualTo("Recorded.");
        assertThat(message(again)).isEqualTo("The message already had this report; nothing changed.");
        assertThat(kpis().smsDelivered()).isEqualTo(1);
    }

    @Test
    void twiliosFailedStatusIsTheMessagesFailure() throws Exception {
        HttpResponse<String> response = twilio("/webhooks/twilio/status", Map.of("MessageSid",
                providerId("+14155550102"), "MessageStatus", "undelivered", "ErrorCode", "30003"), AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(kpis().smsFailures()).isEqualTo(1);
        assertThat(kpis().smsDelivered()).isZero();
    }

    @Test
    void aStatusThatIsNotFinalChangesNothing() throws Exception {
        HttpResponse<String> response = twilio("/webhooks/twilio/status",
                Map.of("MessageSid", providerId("+14155550101"), "MessageStatus", "sent"), AUTH_TOKEN);

        assertThat(message(response)).isEqualTo("Status \"sent\" is not final; nothing to record.");
        assertThat(kpis().smsDelivered() + kpis().smsFailures()).isZero();
    }

    @Test
    void aCallbackSignedWithAnotherTokenIsForbidden() throws Exception {
        HttpResponse<String> response = twilio("/webhooks/twilio/status",
                Map.of("MessageSid", providerId("+14155550101"), "MessageStatus", "delivered"), "someone-elses-token");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(message(response)).startsWith("The X-Twilio-Signature header is missing or does not match");
        assertThat(kpis().smsDelivered()).isZero();
    }

    @Test
    void aCallbackWhoseParametersChangedAfterSigningIsForbidden() throws Exception {
        Map<String, String> signedForm = Map.of("MessageSid", providerId("+14155550101"), "MessageStatus", "failed");
        String signature = WebhookSignature.twilio(server.uri("/webhooks/twilio/status").toString(), signedForm, AUTH_TOKEN);

        HttpResponse<String> response = post("/webhooks/twilio/status", "application/x-www-form-urlencoded",
                form(Map.of("MessageSid", providerId("+14155550101"), "MessageStatus", "delivered")),
                Map.of("X-Twilio-Signature", signature));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aReportAboutAMessageTheWorkspaceDidNotSendIsIgnored() throws Exception {
        HttpResponse<String> response = twilio("/webhooks/twilio/status",
                Map.of("MessageSid", "SM-not-ours", "MessageStatus", "delivered"), AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(message(response)).isEqualTo("No message of this workspace has that MessageSid; the report was ignored.");
    }

    @Test
    void anInboundStopOptsTheSenderOut() throws Exception {
        HttpResponse<String> response = twilio("/webhooks/twilio/inbound",
                Map.of("From", "+14155550101", "To", "+15550000000", "Body", "STOP"), AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<Response/>");
        assertThat(workspace.audience().endpoint("phone-1").orElseThrow().optOut()).isEqualTo(OptOut.ALL);
        assertThat(workspace.audience().endpoint("phone-2").orElseThrow().optOut()).isEqualTo(OptOut.NONE);
    }

    @Test
    void withoutATwilioAccountNoCallbackCanBeCheckedAndSoNoneIsTaken() throws Exception {
        workspace.channelAccounts().save(ChannelAccounts.SANDBOX);

        HttpResponse<String> response = twilio("/webhooks/twilio/inbound",
                Map.of("From", "+14155550101", "Body", "STOP"), AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(message(response)).startsWith("No Twilio-compatible account is set up");
        assertThat(workspace.audience().endpoint("phone-1").orElseThrow().optOut()).isEqualTo(OptOut.NONE);
    }

    @Test
    void theGenericWebhookRecordsAReportByTidingsOrTheProvidersId() throws Exception {
        HttpResponse<String> byOurId = generic("{\"messageId\": \"" + sent.get("+14155550101").messageId()
                + "\", \"status\": \"failed\", \"detail\": \"Carrier rejected\"}", workspace.apiKeys().webhookSecret());
        HttpResponse<String> byTheirs = generic("{\"providerMessageId\": \"" + providerId("+14155550102")
                + "\", \"status\": \"delivered\"}", workspace.apiKeys().webhookSecret());

        assertThat(byOurId.statusCode()).isEqualTo(200);
        assertThat(message(byOurId)).isEqualTo("Recorded.");
        assertThat(message(byTheirs)).isEqualTo("Recorded.");
        assertThat(kpis().smsFailures()).isEqualTo(1);
        assertThat(kpis().smsDelivered()).isEqualTo(1);
    }

    @Test
    void theGenericWebhookRefusesAWrongSignatureAndSaysWhatIsWrong() throws Exception {
        String body = "{\"messageId\": \"" + sent.get("+14155550101").messageId() + "\", \"status\": \"delivered\"}";

        HttpResponse<String> forged = generic(body, "not-the-secret");
        HttpResponse<String> unsigned = post("/webhooks/messages", "application/json", body, Map.of());
        HttpResponse<String> unknownStatus = generic(body.replace("delivered", "teleported"),
                workspace.apiKeys().webhookSecret());
        HttpResponse<String> unknownMessage = generic("{\"messageId\": \"999999\", \"status\": \"delivered\"}",
                workspace.apiKeys().webhookSecret());
        HttpResponse<String> notForSms = generic(body.replace("delivered", "opened"), workspace.apiKeys().webhookSecret());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(message(unsigned)).contains("X-Tidings-Signature");
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(message(unknownStatus)).isEqualTo("status \"teleported\" is not one Tidings knows: use delivered, "
                + "failed, bounced, soft_bounced, complained, opened, clicked.");
        assertThat(unknownMessage.statusCode()).isEqualTo(200);
        assertThat(message(unknownMessage)).isEqualTo("No message of this workspace has that id; the report was ignored.");
        assertThat(notForSms.statusCode()).isEqualTo(400);
        assertThat(message(notForSms)).startsWith("status \"opened\" does not fit this message: SMS messages have no OPEN");
        assertThat(kpis().smsDelivered()).isZero();
    }

    private String providerId(String number) {
        return Long.toString(sent.get(number).id());
    }

    private MessageKpis kpis() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return workspace.kpis().report(new KpiQuery(null, today.minusDays(1), today.plusDays(1))).transactional();
    }

    private HttpResponse<String> twilio(String path, Map<String, String> form, String authToken) throws Exception {
        String signature = WebhookSignature.twilio(server.uri(path).toString(), form, authToken);
        return post(path, "application/x-www-form-urlencoded", form(form), Map.of("X-Twilio-Signature", signature));
    }

    private HttpResponse<String> generic(String body, String secret) throws Exception {
        return post("/webhooks/messages", "application/json", body, Map.of("X-Tidings-Signature",
                WebhookSignature.tidings(body.getBytes(StandardCharsets.UTF_8), secret)));
    }

    private HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("Message").asText();
    }

    private static Endpoint phone(String id, String number) {
        return new Endpoint(id, ChannelType.SMS, number, EndpointStatus.ACTIVE, OptOut.NONE, Instant.now(), Instant.now(),
                Endpoint.cohortOf(id), Map.of(), Map.of(), null, new EndpointLocation(null, "US", null, null, null, null),
                null);
    }
}
