package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code events import} and {@code kpi} on a real workspace file, against KPIs computed by hand (in the comments).
 */
class EventsAndKpiCommandTest {

    @TempDir
    Path folder;

    private CommandLineWorkspace workspace;
    private final StringBuilder lines = new StringBuilder();

    @BeforeEach
    void create() {
        workspace = CommandLineWorkspace.create(folder, "events.tidings");
    }

    /** An event-stream record of campaign c1, run r1, as Firehose delivers it. */
    private void campaign(String type, String endpoint, String treatment, String time) {
        lines.append("""
                {"event_type":"%s","event_timestamp":%d,"arrival_timestamp":%d,"event_version":"3.1",\
                "application":{"app_id":"a1","sdk":{}},"client":{"client_id":"%s"},"device":{"platform":{}},\
                "session":{},"attributes":{"campaign_id":"c1","campaign_activity_id":"r1","treatment_id":"%s"},\
                "awsAccountId":"123456789012"}
                """.formatted(type, Instant.parse(time).toEpochMilli(), Instant.parse(time).toEpochMilli(), endpoint,
                treatment));
    }

    private void transactional(String type, String endpoint) {
        lines.append("""
                {"EventType":"%s","Timestamp":"2024-05-02T09:00:00Z","EndpointId":"%s","Attributes":{"feedback":"x"}}
                """.formatted(type, endpoint));
    }

    private void fixture() {
        for (int endpoint = 1; endpoint <= 10; endpoint++) {
            campaign("_email.send", "e" + endpoint, endpoint <= 5 ? "0" : "1", "2024-05-01T10:00:00Z");
        }
        campaign("_email.hardbounce", "e1", "0", "2024-05-01T10:01:00Z");
        campaign("_email.hardbounce", "e6", "1", "2024-05-01T10:01:00Z");
        campaign("_email.softbounce", "e2", "0", "2024-05-01T10:01:00Z");
        for (String endpoint : new String[] {"e3", "e4", "e5", "e7"}) {
            campaign("_email.delivered", endpoint, endpoint.equals("e7") ? "1" : "0", "2024-05-01T10:02:00Z");
        }
        // e3 opens twice in the 10 o'clock hour (counted once) and again at 11; e4 once: 3 opens, 4 open events.
        campaign("_email.open", "e3", "0", "2024-05-01T10:05:00Z");
        campaign("_email.open", "e3", "0", "2024-05-01T10:40:00Z");
        campaign("_email.open", "e3", "0", "2024-05-01T11:10:00Z");
        campaign("_email.open", "e4", "0", "2024-05-01T10:10:00Z");
        campaign("_email.click", "e3", "0", "2024-05-01T10:06:00Z");
        campaign("_email.click", "e3", "0", "2024-05-01T10:07:00Z");
        campaign("_email.click", "e7", "1", "2024-05-02T08:00:00Z");
        campaign("_email.unsubscribe", "e5", "0", "2024-05-01T12:00:00Z");
        campaign("_email.complaint", "e8", "1", "2024-05-01T12:00:00Z");
        // Outside the range asked for.
        campaign("_email.send", "e11", "0", "2024-04-01T10:00:00Z");
        // Transactional: 4 sent, a soft and a hard bounce and a reject: 1 delivered (a campaign's rule would say 3).
        for (String endpoint : new String[] {"t1", "t2", "t3", "t4"}) {
            transactional("_email.send", endpoint);
        }
        transactional("_email.softbounce", "t1");
        transactional("_email.hardbounce", "t2");
        transactional("_email.rejected", "t3");
    }

    private JsonNode kpis(String... extra) throws Exception {
        String[] args = new String[] {"kpi", "--workspace", workspace.toString(), "--from", "2024-05-01", "--to",
            "2024-05-31", "--format", "json"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        CommandRun run = workspace.run(all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void campaignKpisAreComputedAsPinpointDoes() throws Exception {
        fixture();
        CommandRun imported = workspace.run("events", "import", "--workspace", workspace.toString(),
                workspace.write("events.ndjson", lines));
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("34 events imported, 0 rejected");

        JsonNode report = kpis("--campaign", "c1");
        JsonNode total = report.get("Kpis");
        assertThat(total.get("attempted-deliveries").asLong()).isEqualTo(10);
        // Delivered = sent - hard bounces (the soft bounce is not subtracted): 10 - 2.
        assertThat(total.get("successful-deliveries").asLong()).isEqualTo(8);
        assertThat(total.get("successful-delivery-rate").asDouble()).isEqualTo(0.8);
        assertThat(total.get("hard-bounce-rate").asDouble()).isEqualTo(0.2);
        assertThat(total.get("direct-email-opens").asLong()).isEqualTo(3);
        assertThat(total.get("email-open-rate").asDouble()).isEqualTo(3.0 / 8);
        assertThat(total.get("unique-opens").asLong()).isEqualTo(2);
        assertThat(total.get("clicks").asLong()).isEqualTo(3);
        assertThat(total.get("unique-clicks").asLong()).isEqualTo(2);
        assertThat(total.get("click-rate").asDouble()).isEqualTo(2.0 / 8);
        assertThat(total.get("click-to-open-rate").asDouble()).isEqualTo(1.0);
        assertThat(total.get("unique-deliveries").asLong()).isEqualTo(4);
        assertThat(total.get("unsubscribes").asLong()).isEqualTo(1);
        assertThat(total.get("complaints").asLong()).isEqualTo(1);

        JsonNode control = report.get("ByTreatment").get("0");
        assertThat(control.get("attempted-deliveries").asLong()).isEqualTo(5);
        assertThat(control.get("email-open-rate").asDouble()).isEqualTo(3.0 / 4);
        assertThat(report.get("ByTreatment").get("1").get("clicks").asLong()).isEqualTo(1);
        assertThat(report.get("ByRun").get("r1").get("attempted-deliveries").asLong()).isEqualTo(10);
        assertThat(report.get("ByDate").get("2024-05-02").get("clicks").asLong()).isEqualTo(1);
        assertThat(report.has("Transactional")).isFalse();
    }

    @Test
    void transactionalEmailsDeliveredSubtractEveryBounceAndReject() throws Exception {
        fixture();
        workspace.run("events", "import", "--workspace", workspace.toString(), workspace.write("events.ndjson", lines));

        JsonNode report = kpis();
        JsonNode transactional = report.get("Transactional");
        assertThat(transactional.get("txn-emails-sent").asLong()).isEqualTo(4);
        assertThat(transactional.get("txn-emails-delivered").asLong()).isEqualTo(1);
        assertThat(transactional.get("txn-emails-delivery-rate").asDouble()).isEqualTo(0.25);
        // All campaigns: the transactional sends are not in them, nor the April send.
        assertThat(report.get("Kpis").get("attempted-deliveries").asLong()).isEqualTo(10);
    }

    @Test
    void aBadLineStopsTheImportAndKeepsNothing() throws Exception {
        fixture();
        lines.append("""
                {"EventType":"custom","Timestamp":"2024-05-02T09:00:00Z","Attributes":{"plan":"%s"}}
                """.formatted("x".repeat(201)));
        transactional("_email.send", "t9");
        String file = workspace.write("events.ndjson", lines);

        CommandRun stopped = workspace.run("events", "import", "--workspace", workspace.toString(), file);
        assertThat(stopped.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(stopped.out()).contains("Stopped at line 35", "line 35: Attributes.plan: the value has 201 characters;"
                + " Pinpoint allows 200", "the workspace is unchanged");
        assertThat(kpis().get("Transactional").get("txn-emails-sent").asLong()).isZero();

        CommandRun skipped = workspace.run("events", "import", "--workspace", workspace.toString(), "--skip-bad-lines", file);
        assertThat(skipped.exitCode()).as(skipped.out()).isZero();
        assertThat(skipped.out()).contains("Read 36 lines", "35 events imported, 1 rejected", "line 35: Attributes.plan");
        assertThat(kpis().get("Transactional").get("txn-emails-sent").asLong()).isEqualTo(5);
    }

    @Test
    void csvAndMistakesAreToldInWords() throws Exception {
        String csv = workspace.write("events.csv", """
                EventType,Timestamp,EndpointId,Attributes.campaign_id,Metrics._item_price,Metrics._quantity
                _monetization.purchase,2024-05-03T10:00:00Z,e1,c1,9.5,2
                _email.send,yesterday,e1,c1,,
                """);
        CommandRun run = workspace.run("events", "import", "--workspace", workspace.toString(), "--skip-bad-lines", csv);
        assertThat(run.out()).contains("1 events imported, 1 rejected", "line 3: Timestamp: expected an ISO 8601 time");
        assertThat(kpis("--campaign", "c1").get("Kpis").get("revenue").asDouble()).isEqualTo(19.0);

        CommandRun noCampaign = workspace.run("kpi", "--workspace", workspace.toString(), "--campaign", "Spring");
        assertThat(noCampaign.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(noCampaign.err()).contains("There is no campaign named \"Spring\"");
        CommandRun missing = workspace.run("events", "import", "--workspace", workspace.toString(), "nowhere.ndjson");
        assertThat(missing.err()).contains("There is no file nowhere.ndjson");
    }
}
