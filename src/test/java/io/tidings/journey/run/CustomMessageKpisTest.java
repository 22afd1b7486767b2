package io.tidings.journey.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.analytics.AbKpi;
import io.tidings.analytics.AnalyticsSubject;
import io.tidings.analytics.DailyCounts;
import io.tidings.analytics.DateRange;
import io.tidings.analytics.GroupResult;
import io.tidings.analytics.Headline;
import io.tidings.analytics.JourneyReport;
import io.tidings.analytics.KpiNames;
import io.tidings.analytics.MessageKpis;
import io.tidings.analytics.ScopeReport;
import io.tidings.analytics.WorkspaceDashboard;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.WebhookAccount;
import io.tidings.channel.webhook.WebhookReceiver;
import io.tidings.channel.webhook.WebhookSignature;
import io.tidings.journey.Activity;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.AppDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey's custom messages (webhook calls to a real Jetty on loopback, some refused) count as the channel "Custom
 * (webhook)" wherever the marketer sees channel figures: the Analytics section's channels, the journey's report and
 * KPIs, and the Dashboard's headlines and days; and imported {@code _custom.*} events count under the same channel as
 * the engine's, without touching the email rates.
 */
class CustomMessageKpisTest {

    @TempDir
    Path folder;

    @Test
    void webhookCallsCountAsTheCustomChannelEverywhereAndImportedOnesJoinThem() throws Exception {
        try (WebhookReceiver webhook = new WebhookReceiver()) {
            // Every fourth message is refused for good (HTTP 400); the others are answered 200.
            webhook.answer(call -> WebhookReceiver.Answer.of(
                    Long.parseLong(call.header(WebhookSignature.MESSAGE_ID_HEADER)) % 4 == 0 ? 400 : 200));
            OpenedWorkspace opened = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                    .createSample(folder.resolve("sample.tidings"), "Sample", true, Progress.NONE);
            opened.channelAccounts().save(ChannelAccounts.SANDBOX.with(
                    new ChannelAccount(DeliveryChannel.CUSTOM, new WebhookAccount(null), null)));
            long segment = opened.segments().findByName("Runners who came back").orElseThrow().id();
            long journey = opened.journeys().create("Runners to the CRM", JourneyGraph.EMPTY
                    .withEntry(new JourneyEntry.FromSegment(segment, null))
                    .with("hook", Activity.of(new MessageActivity.Custom(null, webhook.address("/crm"),
                            List.of("EMAIL"), "{\"plan\":\"gold\"}")))
                    .connect(Outlet.ENTRY, "hook")).id();
            try (ExecutorFixture fixture = new ExecutorFixture(opened)) {
                fixture.runs.publish(journey);
                fixture.executor.runDue();
                fixture.awaitSent(journey);

                long answered = ledger(fixture, journey, "SENT");
                long refused = ledger(fixture, journey, "FAILED");
                assertThat(answered).as("calls answered 200").isPositive();
                assertThat(refused).as("calls refused with 400").isPositive();
                assertThat(webhook.calls()).hasSize((int) (answered + refused));
                DateRange range = DateRange.lastDays(30, opened.analytics().today());

                ScopeReport everything = opened.analytics().report(AnalyticsSubject.ALL_MESSAGES, range,
                        AbKpi.CLICK_RATE);
                GroupResult custom = channel(everything, "CUSTOM");
                assertThat(custom.label()).isEqualTo("Custom (webhook)");
                assertThat(custom.kpis().messagesSent()).isEqualTo(answered);
                assertThat(custom.kpis().delivered()).isEqualTo(answered);
                assertThat(custom.kpis().failed()).isEqualTo(refused);
                assertThat(custom.kpis().successfulDeliveryRate()).isEqualTo(1.0);
                assertThat(custom.kpis().emailOpenRate()).as("webhooks have no opens").isNull();
                assertThat(custom.kpis().clickRate()).isNull();
                assertThat(everything.funnel().get(0).count()).isEqualTo(answered);
                assertThat(everything.funnel().get(1).count()).isEqualTo(answered);

                WorkspaceDashboard dashboard = opened.analytics().dashboard(range);
                assertThat(headline(dashboard.headlines(), "Messages sent").value()).isEqualTo((double) answered);
                assertThat(headline(dashboard.headlines(), "Delivery rate").value()).isEqualTo(1.0);
                assertThat(headline(dashboard.headlines(), "Open rate").value()).as("no email, no open rate").isNull();
                assertThat(dashboard.daily().stream().mapToLong(DailyCounts::sent).sum()).isEqualTo(answered);
                assertThat(dashboard.daily().stream().mapToLong(DailyCounts::delivered).sum()).isEqualTo(answered);

                JourneyReport report = opened.analytics().journeyReport(
                        opened.analytics().journeyNamed("Runners to the CRM").orElseThrow(), range);
                assertThat(headline(report.headlines(), "Messages sent").value()).isEqualTo((double) answered);
                assertThat(headline(report.headlines(), "Delivery rate").value()).isEqualTo(1.0);
                MessageKpis hook = report.activities().stream().filter(activity -> activity.key().equals("hook"))
                        .findFirst().orElseThrow().kpis();
                assertThat(KpiNames.journey(hook, true)).containsEntry("custom-sent", answered)
                        .containsEntry("custom-delivered", answered).containsEntry("custom-failed", refused);
                assertThat(KpiNames.journey(report.total(), false)).containsEntry("journey-custom-sent", answered);

                // Another journey's calls, imported as Pinpoint-style records: the same channel, whichever way in.
                String day = everything.daily().stream().filter(each -> each.sent() > 0).findFirst().orElseThrow()
                        .day().toString();
                List<String> lines = new ArrayList<>();
                for (String type : List.of("_custom.send", "_custom.delivered", "_custom.send", "_custom.delivered",
                        "_custom.failure", "_email.send", "_email.delivered", "_email.open")) {
                    lines.add(("{\"event_type\":\"%s\",\"event_timestamp\":%d,\"client\":{\"client_id\":\"ep-%d\"},"
                            + "\"attributes\":{\"journey_id\":\"elsewhere\",\"journey_activity_id\":\"call\"}}")
                            .formatted(type, Instant.parse(day + "T12:00:00Z").toEpochMilli(), lines.size()));
                }
                Path file = Files.write(folder.resolve("custom.ndjson"), lines);
                assertThat(opened.eventImport().run(file, false).imported()).isEqualTo(lines.size());

                ScopeReport after = opened.analytics().report(AnalyticsSubject.ALL_MESSAGES, range, AbKpi.CLICK_RATE);
                MessageKpis customAfter = channel(after, "CUSTOM").kpis();
                assertThat(customAfter.messagesSent()).isEqualTo(answered + 2);
                assertThat(customAfter.delivered()).isEqualTo(answered + 2);
                assertThat(customAfter.failed()).isEqualTo(refused + 1);
                assertThat(after.channels()).extracting(GroupResult::label).containsExactly("Custom (webhook)", "Email");
                assertThat(channel(after, "EMAIL").kpis().emailOpenRate()).as("one open of one email delivered")
                        .isEqualTo(1.0);
                assertThat(after.total().emailOpenRate()).as("the custom deliveries are not emails").isEqualTo(1.0);
                assertThat(after.total().delivered()).isEqualTo(answered + 2 + 1);
                assertThat(fixture.number("SELECT count(*) FROM event_daily WHERE channel <> 'CUSTOM' "
                        + "AND event_type LIKE '\\_custom.%' ESCAPE '\\'")).isZero();
            }
        }
    }

    private static long ledger(ExecutorFixture fixture, long journey, String state) {
        return fixture.number("SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                + "WHERE j.journey_id = ? AND m.state = ?", journey, state);
    }

    private static GroupResult channel(ScopeReport report, String key) {
        return report.channels().stream().filter(channel -> channel.key().equals(key)).findFirst().orElseThrow();
    }

    private static Headline headline(List<Headline> headlines, String name) {
        return headlines.stream().filter(headline -> headline.name().equals(name)).findFirst().orElseThrow();
    }
}
