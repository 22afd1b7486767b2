package io.tidings.journey.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.WebhookAccount;
import io.tidings.channel.webhook.WebhookReceiver;
import io.tidings.channel.webhook.WebhookSignature;
import io.tidings.journey.Activity;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.WaitActivity;
import io.tidings.journey.WaitTime;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import io.tidings.work.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey's CUSTOM activity through the executor, the real engine and a real webhook (Jetty on loopback): each
 * participant's endpoints of the activity's types are called about once, signed, in Pinpoint's custom-channel shape,
 * and the calls show in the ledger, the journey's counts and its events; without a webhook account the sandbox keeps
 * the calls instead.
 */
class CustomMessageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private OpenedWorkspace sample() {
        return new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .createSample(folder.resolve("sample.tidings"), "Sample", true, Progress.NONE);
    }

    /** Entry from the runners' segment, the webhook activity, a day's wait, the end. */
    private static long journey(OpenedWorkspace opened, String address) {
        long segment = opened.segments().findByName("Runners who came back").orElseThrow().id();
        JourneyGraph graph = JourneyGraph.EMPTY
                .withEntry(new JourneyEntry.FromSegment(segment, null))
                .with("hook", Activity.of(new MessageActivity.Custom(null, address, List.of("EMAIL"),
                        "{\"greeting\":\"Hello {{User.UserAttributes.FirstName}}\"}")).connect(Port.NEXT, "later"))
                .with("later", Activity.of(new WaitActivity(WaitTime.waitFor(Duration.ofDays(1)))))
                .connect(Outlet.ENTRY, "hook");
        return opened.journeys().create("Runners to the CRM", graph).id();
    }

    private static void callWebhooksForReal(OpenedWorkspace opened) {
        opened.channelAccounts().save(ChannelAccounts.SANDBOX.with(
                new ChannelAccount(DeliveryChannel.CUSTOM, new WebhookAccount(null), null)));
    }

    private static void publishAndSend(ExecutorFixture fixture, long journeyId) throws InterruptedException {
        fixture.runs.publish(journeyId);
        fixture.executor.runDue();
        fixture.awaitSent(journeyId);
    }

    private static String signature(String body, String secret) {
        return WebhookSignature.of(body.getBytes(StandardCharsets.UTF_8), secret);
    }

    @Test
    void eachParticipantsEmailEndpointIsCalledAboutOnceSignedInPinpointsShape() throws Exception {
        try (WebhookReceiver webhook = new WebhookReceiver()) {
            OpenedWorkspace opened = sample();
            callWebhooksForReal(opened);
            long id = journey(opened, webhook.address("/crm/tidings"));
            try (ExecutorFixture fixture = new ExecutorFixture(opened)) {
                publishAndSend(fixture, id);

                long ledger = fixture.number("SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                        + "WHERE j.journey_id = ? AND j.channel = 'CUSTOM'", id);
                long sent = fixture.number("SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                        + "WHERE j.journey_id = ? AND m.state = 'SENT'", id);
                assertThat(sent).isPositive();
                assertThat(ledger - sent).as("the rest are opted out or inactive, which the engine does not call about")
                        .isEqualTo(fixture.number("SELECT count(*) FROM outbox_message m JOIN send_job j "
                                + "ON j.id = m.job_id WHERE j.journey_id = ? AND m.state = 'SUPPRESSED' "
                                + "AND m.reason IN ('ENDPOINT_OPT_OUT', 'ENDPOINT_INACTIVE')", id));
                List<WebhookReceiver.Call> calls = webhook.calls();
                assertThat(calls).as("one call per message sent, none repeated").hasSize((int) sent);
                assertThat(calls.stream().map(call -> call.header(WebhookSignature.MESSAGE_ID_HEADER)).distinct())
                        .hasSize(calls.size());

                String secret = opened.apiKeys().webhookSecret();
                Set<String> endpoints = new HashSet<>();
                for (WebhookReceiver.Call call : calls) {
                    assertThat(call.path()).isEqualTo("/crm/tidings");
                    assertThat(call.header(WebhookSignature.HEADER)).isEqualTo(signature(call.body(), secret));
                    JsonNode body = JSON.readTree(call.body());
                    assertThat(body.path("ApplicationId").asText()).isEqualTo(opened.apiKeys().applicationId());
                    assertThat(body.path("JourneyId").asText()).isEqualTo(Long.toString(id));
                    assertThat(body.path("ActivityId").asText()).isEqualTo("hook");
                    assertThat(body.path("ScheduledTime").asText()).isEqualTo(ExecutorFixture.START.toString());
                    assertThat(body.path("Data").asText()).startsWith("{\"greeting\":\"Hello ").doesNotContain("{{");
                    assertThat(body.path("Endpoints").size()).isOne();
                    String endpointId = body.path("Endpoints").fieldNames().next();
                    endpoints.add(endpointId);
                    JsonNode endpoint = body.path("Endpoints").path(endpointId);
                    assertThat(endpoint.path("ChannelType").asText()).as("EndpointTypes: EMAIL").isEqualTo("EMAIL");
                    assertThat(endpoint.path("Address").asText()).contains("@");
                    String firstName = endpoint.path("User").path("UserAttributes").path("FirstName").path(0).asText();
                    if (!firstName.isEmpty()) {
                        assertThat(body.path("Data").asText()).isEqualTo("{\"greeting\":\"Hello " + firstName + "\"}");
                    }
                }
                assertThat(endpoints).as("each endpoint once").hasSize(calls.size());
                assertThat(fixture.number("SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                        + "JOIN endpoint e ON e.key = m.endpoint_key WHERE j.journey_id = ? AND e.channel_type <> "
                        + "'EMAIL'", id)).as("other endpoint types are not the activity's").isZero();

                JourneyCounts counts = fixture.runs.counts(id);
                assertThat(counts.activity("hook").sent()).isPositive()
                        .isEqualTo(fixture.number("SELECT count(*) FROM journey_step WHERE journey_id = ? "
                                + "AND activity = 'hook' AND kind = 'SENT'", id));
                assertThat(counts.activity("later").waiting()).as("all went on, but those the activity could not reach")
                        .isEqualTo(counts.leftThrough(Outlet.ENTRY) - counts.activity("hook").exited());
                for (String type : List.of("_custom.send", "_custom.delivered")) {
                    assertThat(fixture.number("SELECT count(*) FROM event e JOIN send_job j ON j.id = e.job_id "
                            + "WHERE j.journey_id = ? AND e.event_type = ?", id, type)).as(type).isEqualTo(sent);
                    assertThat(fixture.number("SELECT sum(events) FROM event_daily WHERE event_type = ? "
                            + "AND journey_id = ? AND journey_activity_id = 'hook'", type, Long.toString(id)))
                            .as(type + " counts for the journey's activity").isEqualTo(sent);
                }

                fixture.clock.advance(Duration.ofDays(2));
                fixture.executor.runDue();
                assertThat(webhook.calls()).as("nobody is called again on the way out").hasSize(calls.size());
            }
        }
    }

    @Test
    void aFailingWebhookIsTriedAgainWithTheEnginesBackoffAndARefusalFailsForGood() throws Exception {
        try (WebhookReceiver webhook = new WebhookReceiver()) {
            Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
            webhook.answer(call -> {
                String message = call.header(WebhookSignature.MESSAGE_ID_HEADER);
                int attempt = attempts.computeIfAbsent(message, key -> new AtomicInteger()).incrementAndGet();
                long number = Long.parseLong(message);
                if (number % 5 == 0) {
                    return WebhookReceiver.Answer.of(400);
                }
                return WebhookReceiver.Answer.of(number % 5 == 1 && attempt == 1 ? 503 : 200);
            });
            OpenedWorkspace opened = sample();
            callWebhooksForReal(opened);
            long id = journey(opened, webhook.address("/flaky"));
            try (ExecutorFixture fixture = new ExecutorFixture(opened)) {
                publishAndSend(fixture, id);

                List<String> states = fixture.texts("SELECT m.id || ' ' || m.state || ' ' || m.attempts || ' ' "
                        + "|| coalesce(m.reason, '') FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                        + "WHERE j.journey_id = ?", id);
                assertThat(states).isNotEmpty().allSatisfy(row -> {
                    String[] parts = row.split(" ");
                    long message = Long.parseLong(parts[0]);
                    if (row.contains("SUPPRESSED")) {
                        assertThat(row).as("opted out or inactive: not called").matches(message
                                + " SUPPRESSED 0 ENDPOINT_(OPT_OUT|INACTIVE)");
                    } else if (message % 5 == 0) {
                        assertThat(row).as("400: refused for good").isEqualTo(message + " FAILED 1 PERMANENT_FAILURE");
                    } else if (message % 5 == 1) {
                        assertThat(row).as("503, then 200").isEqualTo(message + " SENT 2 ");
                    } else {
                        assertThat(row).isEqualTo(message + " SENT 1 ");
                    }
                });
                long refused = states.stream().filter(row -> row.contains("FAILED")).count();
                assertThat(fixture.number("SELECT count(*) FROM event e JOIN send_job j ON j.id = e.job_id "
                        + "WHERE j.journey_id = ? AND e.event_type = '_custom.failure'", id)).isEqualTo(refused);
                assertThat(fixture.texts("SELECT detail FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                        + "WHERE j.journey_id = ? AND m.state = 'FAILED' LIMIT 1", id))
                        .singleElement().asString().contains("refused the message (HTTP 400)");
                attempts.forEach((message, count) -> assertThat(count.get()).as("message " + message)
                        .isEqualTo(Long.parseLong(message) % 5 == 1 ? 2 : 1));
                assertThat(attempts).hasSize((int) states.stream().filter(row -> !row.contains("SUPPRESSED")).count());
            }
        }
    }

    @Test
    void withoutAWebhookAccountTheSandboxKeepsTheCallsInsteadOfMakingThem() throws Exception {
        try (WebhookReceiver webhook = new WebhookReceiver()) {
            OpenedWorkspace opened = sample();
            long id = journey(opened, webhook.address("/crm/tidings"));
            try (ExecutorFixture fixture = new ExecutorFixture(opened)) {
                publishAndSend(fixture, id);

                long ledger = fixture.number("SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                        + "WHERE j.journey_id = ? AND m.state = 'SENT'", id);
                assertThat(ledger).isPositive();
                assertThat(webhook.calls()).as("nothing leaves the computer").isEmpty();
                assertThat(fixture.number("SELECT count(*) FROM sandbox_message WHERE channel = 'CUSTOM' "
                        + "AND address = ?", webhook.address("/crm/tidings"))).isEqualTo(ledger);
                String body = fixture.texts("SELECT body FROM sandbox_message WHERE channel = 'CUSTOM' LIMIT 1").get(0);
                assertThat(JSON.readTree(body).path("ActivityId").asText()).isEqualTo("hook");
                assertThat(fixture.number("SELECT count(*) FROM event e JOIN send_job j ON j.id = e.job_id "
                        + "WHERE j.journey_id = ? AND e.event_type = '_custom.delivered'", id)).isEqualTo(ledger);
            }
        }
    }
}
