package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.analytics.Attribution;
import io.tidings.analytics.Event;
import io.tidings.analytics.EventLimits;
import io.tidings.campaign.CampaignWorkspace;
import io.tidings.campaign.TriggeredSends;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code campaign create/launch/status} of an event-triggered campaign, and {@code events retention}. */
class TriggersAndRetentionCommandTest {

    private static final String ON_PURCHASE = """
            {"Name": "Thanks", "SegmentId": "Everyone",
             "TemplateConfiguration": {"EmailTemplate": {"Name": "Welcome"}},
             "Schedule": {"StartTime": "IMMEDIATE", "Frequency": "EVENT",
               "EventFilter": {"FilterType": "ENDPOINT", "Dimensions": {
                 "EventType": {"DimensionType": "INCLUSIVE", "Values": ["purchase"]},
                 "Metrics": {"price": {"ComparisonOperator": "GREATER_THAN", "Value": 10}}}}}}
            """;

    @TempDir
    Path folder;

    private CommandLineWorkspace workspace;

    @BeforeEach
    void workspace() {
        workspace = CommandLineWorkspace.create(folder, "triggers.tidings");
        try (OpenedWorkspace opened = WorkspaceOption.wiring().open(workspace.file())) {
            CampaignWorkspace.fill(opened, 5);
        }
    }

    @Test
    void anEventCampaignFromAFileIsLaunchedAndItsStatusCountsTheTriggeredSends() throws Exception {
        CommandRun created = workspace.run("campaign", "create", "--workspace", workspace.toString(), "--definition",
                workspace.write("thanks.json", ON_PURCHASE));
        assertThat(created.exitCode()).as(created.err()).isZero();
        CommandRun launched = workspace.run("campaign", "launch", "--workspace", workspace.toString(), "--name", "Thanks");
        assertThat(launched.exitCode()).as(launched.err()).isZero();
        assertThat(launched.out()).contains("Campaign \"Thanks\" is scheduled: it sends to an endpoint when an event "
                + "arrives for it: purchase, where price is more than 10.");

        try (OpenedWorkspace opened = WorkspaceOption.wiring().open(workspace.file()).startSending()) {
            Instant now = Instant.now();
            opened.eventRecorder().record(List.of(
                    new Event("purchase", now, "ep-00001", null, null, Map.of(), Map.of("price", 25.0), Attribution.NONE),
                    new Event("purchase", now.minus(Duration.ofHours(1)), "ep-00002", null, null, Map.of(),
                            Map.of("price", 25.0), Attribution.NONE),
                    new Event("purchase", now, "ep-france", null, null, Map.of(), Map.of("price", 25.0),
                            Attribution.NONE)), EventLimits.FieldNames.PINPOINT);
            long id = opened.campaigns().findByName("Thanks").orElseThrow().id();
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            TriggeredSends sends;
            while ((sends = opened.campaigns().triggeredSends(id)).sent() < 1 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(sends.sent()).isEqualTo(1);
        }

        CommandRun status = workspace.run("campaign", "status", "--workspace", workspace.toString(), "--name", "Thanks");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("Triggered by: purchase, where price is more than 10")
                .contains("Events matched: 3; messages triggered: 1, sent: 1, dropped as late (not sent within five "
                        + "minutes of the event): 0")
                .contains("Not sent: 1 not in the segment, 0 without an endpoint, 1 older than five minutes on arrival");
    }

    @Test
    void theRetentionIsShownAndSet() {
        CommandRun shown = workspace.run("events", "retention", "--workspace", workspace.toString());
        assertThat(shown.out()).contains("Raw events are kept for 90 days");

        CommandRun set = workspace.run("events", "retention", "--workspace", workspace.toString(), "--days", "30");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(workspace.run("events", "retention", "--workspace", workspace.toString()).out())
                .contains("Raw events are kept for 30 days");

        assertThat(workspace.run("events", "retention", "--workspace", workspace.toString(), "--unlimited").out())
                .contains("Raw events are kept for ever.");

        CommandRun refused = workspace.run("events", "retention", "--workspace", workspace.toString(), "--days", "0");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Events are kept for at least one day (or for ever), not 0.")
                .doesNotContain("Exception");
    }
}
