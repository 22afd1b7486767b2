package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.WebhookAccount;
import io.tidings.channel.webhook.WebhookReceiver;
import io.tidings.channel.webhook.WebhookSignature;
import io.tidings.journey.Activity;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.store.Database;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey whose one activity calls a webhook (a real Jetty in this JVM), run by the executor in a child JVM that is
 * killed with SIGKILL while the calls go out, then run again to its end: every participant has one SENT step, every
 * endpoint one ledger row, SENT, and the webhook got a call for each; the only repeats are the calls a crash left
 * without a saved answer, bounded by what the engine can have in flight, each with the same message id, body and
 * signature as the first, so that the webhook can tell it.
 */
class JourneyWebhookCrashTest {

    private static final int ENDPOINTS = 2_000;
    private static final String JOURNEY = "Webhook crash journey";
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    /** The most outcomes the engine can lose to a crash: its recorder's queue and batch, and a call per worker. */
    private static final int MOST_REPEATS = 2 * 500 + 16;

    @TempDir
    Path folder;

    @Test
    void aWebhookJourneyKilledMidwayCallsEachEndpointWithNoStepSkippedOrRepeated() throws Exception {
        try (WebhookReceiver webhook = new WebhookReceiver()) {
            Path workspace = SendingWorkspace.create(folder.resolve("webhook.tidings"), ENDPOINTS, 0);
            try (OpenedWorkspace opened = new Wiring(Wiring.Host.COMMAND_LINE,
                    new AppDirectories(folder.resolve("home"))).open(workspace)) {
                opened.channelAccounts().save(ChannelAccounts.SANDBOX.with(
                        new ChannelAccount(DeliveryChannel.CUSTOM, new WebhookAccount(null), null)));
                long segment = opened.segments().findByName(SendingWorkspace.SEGMENT).orElseThrow().id();
                JourneyGraph graph = JourneyGraph.EMPTY
                        .withSettings(JourneyGraph.EMPTY.settings().withLimits(new JourneyLimits(null, null, null,
                                null, null, 400)))
                        .withEntry(new JourneyEntry.FromSegment(segment, null))
                        .with("hook", Activity.of(new MessageActivity.Custom(null, webhook.address("/hook"), List.of(),
                                "{\"list\":\"crash\"}")))
                        .connect(Outlet.ENTRY, "hook");
                opened.journeys().create(JOURNEY, graph);
            }

            Process run = ChildTidings.startMain(folder, "run.log", JourneyRunChild.class.getName(),
                    workspace.toString(), JOURNEY);
            awaitCalls(run, webhook, 300);
            run.destroyForcibly();
            assertThat(run.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as("destroyForcibly() is SIGKILL").isEqualTo(ChildTidings.SIGKILL_EXIT);
            assertThat(webhook.calls().size()).as("killed before every endpoint was called about")
                    .isLessThan(ENDPOINTS);

            Process again = ChildTidings.startMain(folder, "again.log", JourneyRunChild.class.getName(),
                    workspace.toString(), JOURNEY, "--until-done");
            if (!again.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                again.destroyForcibly();
                fail("The journey did not finish after the restart: " + ChildTidings.log(folder, "again.log"));
            }
            assertThat(again.exitValue()).as(ChildTidings.log(folder, "again.log")).isZero();

            assertThat(number(workspace, "SELECT count(*) FROM journey_step WHERE kind = 'SENT' AND activity = 'hook'"))
                    .as("one SENT step per participant").isEqualTo(ENDPOINTS);
            assertThat(number(workspace, "SELECT count(DISTINCT participant) FROM journey_step WHERE kind = 'SENT'"))
                    .isEqualTo(ENDPOINTS);
            assertThat(number(workspace, "SELECT count(*) FROM outbox_message WHERE state = 'SENT'"))
                    .as("one SENT ledger row per endpoint").isEqualTo(ENDPOINTS);
            assertThat(number(workspace, "SELECT count(*) FROM outbox_message")).isEqualTo(ENDPOINTS);

            Map<String, List<WebhookReceiver.Call>> byMessage = webhook.calls().stream()
                    .collect(Collectors.groupingBy(call -> call.header(WebhookSignature.MESSAGE_ID_HEADER)));
            assertThat(byMessage).as("a call for every message").hasSize(ENDPOINTS);
            int repeats = webhook.calls().size() - ENDPOINTS;
            assertThat(repeats).as("repeats only of calls in flight at the kill").isLessThanOrEqualTo(MOST_REPEATS);
            byMessage.values().stream().filter(calls -> calls.size() > 1).forEach(calls -> assertThat(calls)
                    .as("a repeat is the same call").extracting(WebhookReceiver.Call::body,
                            call -> call.header(WebhookSignature.HEADER))
                    .containsOnly(org.assertj.core.groups.Tuple.tuple(calls.get(0).body(),
                            calls.get(0).header(WebhookSignature.HEADER))));
        }
    }

    private void awaitCalls(Process run, WebhookReceiver webhook, int count) throws Exception {
        ChildTidings.awaitWhileRunning(run, folder, "run.log", PATIENCE, () -> webhook.calls().size() >= count,
                "The webhook got fewer than " + count + " calls");
    }

    private static long number(Path file, String sql) {
        try (Database database = Database.open(file)) {
            return database.read(connection -> {
                try (var query = connection.prepareStatement(sql);
                        var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
        }
    }
}
