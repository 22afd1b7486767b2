package io.tidings.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.campaign.CampaignWorkspace;
import io.tidings.template.TemplateType;
import io.tidings.wiring.OpenedWorkspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pinpoint's WriteJourneyRequest in and out, with the workspace's segments and templates named in it. */
class JourneyJsonTest {

    /** Every field name of WriteJourneyRequest and the shapes below it (pinpoint-shapes.md). */
    private static final Set<String> PINPOINT_FIELDS = Set.of("Activities", "CreationDate", "LastModifiedDate", "Limits",
            "LocalTime", "Name", "QuietTime", "RefreshFrequency", "Schedule", "StartActivity", "StartCondition", "State",
            "WaitForQuietTime", "RefreshOnSegmentUpdate", "JourneyChannelSettings", "SendingSchedule", "OpenHours",
            "ClosedDays", "TimezoneEstimationMethods", "CUSTOM", "ConditionalSplit", "Description", "EMAIL", "Holdout",
            "MultiCondition", "PUSH", "RandomSplit", "SMS", "Wait", "ContactCenter", "DeliveryUri", "EndpointTypes",
            "MessageConfig", "NextActivity", "TemplateName", "TemplateVersion", "Data", "Condition", "EvaluationWaitTime",
            "FalseActivity", "TrueActivity", "Conditions", "Operator", "EventCondition", "SegmentCondition",
            "SegmentDimensions", "Dimensions", "MessageActivity", "SegmentId", "WaitFor", "WaitUntil", "FromAddress",
            "Percentage", "Branches", "DefaultActivity", "TimeToLive", "MessageType", "OriginationNumber", "SenderId",
            "EntityId", "TemplateId", "WaitTime", "DailyCap", "EndpointReentryCap", "MessagesPerSecond",
            "EndpointReentryInterval", "TimeframeCap", "TotalCap", "Cap", "Days", "EndTime", "StartTime", "Timezone",
            "EventStartCondition", "SegmentStartCondition", "EventFilter", "FilterType", "EventType", "DimensionType",
            "Values", "Attributes", "Metrics", "Start", "End");

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private WorkspaceJourneyAssets assets;

    @BeforeEach
    void workspace() {
        workspace = CampaignWorkspace.create(folder, 3);
        assets = new WorkspaceJourneyAssets(workspace.segments(), workspace.templates());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aJourneyAsPinpointsConsoleWritesItImportsUnchanged() throws IOException {
        JourneyJson.Imported imported = JourneyJson.read(consoleJourney(), assets);
        JourneyGraph graph = imported.graph();

        assertThat(imported.name()).isEqualTo("Welcome series");
        long everyone = workspace.segments().findByName(CampaignWorkspace.EVERYONE).orElseThrow().id();
        assertThat(graph.entry()).isEqualTo(new JourneyEntry.FromSegment(everyone, "New sign-ups"));
        assertThat(graph.startActivity()).isEqualTo("kBq3vYx0Lm");
        assertThat(graph.activities().keySet()).containsExactly("kBq3vYx0Lm", "Tz8pWq2Rna", "Hs4mCc7Ue1", "Np6dLs0Kt5");
        long welcome = workspace.templates().templateNamed(CampaignWorkspace.WELCOME).orElseThrow().id();
        Activity email = graph.activity("kBq3vYx0Lm");
        assertThat(email.config()).isEqualTo(new MessageActivity.Email(new TemplateChoice(welcome, 1), "hello@example.com"));
        assertThat(email.description()).isEqualTo("Welcome email");
        assertThat(email.next()).isEqualTo(Map.of(Port.NEXT, "Tz8pWq2Rna"));
        assertThat(graph.activity("Tz8pWq2Rna").config()).isEqualTo(new WaitActivity(WaitTime.waitFor(Duration.ofDays(3))));
        ConditionalSplit split = (ConditionalSplit) graph.activity("Hs4mCc7Ue1").config();
        assertThat(split.condition().operator()).isEqualTo(Condition.Operator.ANY);
        SimpleCondition.MessageEvent opened = (SimpleCondition.MessageEvent) split.condition().conditions().get(0);
        assertThat(opened.messageActivity()).isEqualTo("kBq3vYx0Lm");
        assertThat(opened.dimensions().eventTypes()).containsExactly("_email.open");
        assertThat(split.evaluationWaitTime()).isEqualTo(WaitTime.waitFor(Duration.ofHours(1)));
        assertThat(graph.activity("Hs4mCc7Ue1").next()).isEqualTo(Map.of(Port.NO, "Np6dLs0Kt5"));
        assertThat(((MessageActivity.Sms) graph.activity("Np6dLs0Kt5").config()).messageType()).isEqualTo("PROMOTIONAL");
        JourneySettings settings = graph.settings();
        assertThat(settings.schedule()).isEqualTo(new JourneySchedule(Instant.parse("2026-04-01T09:00:00Z"),
                Instant.parse("2026-09-30T23:59:00Z"), java.time.ZoneOffset.UTC));
        assertThat(settings.limits()).isEqualTo(new JourneyLimits(0, null, null, 0, Duration.ofHours(1), 50));
        assertThat(settings.refreshFrequency()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.quietTime()).isNull();
        assertThat(settings.keptAsIs()).containsOnlyKeys("SendingSchedule", "TimezoneEstimationMethods");
        assertThat(new JourneyValidator(assets).validate(graph)).extracting(Issue::severity)
                .containsOnly(Issue.Severity.NOTE);
    }

    @Test
    void anExportReadsBackAsTheSameJourneyWithTheWorkspacesNamesAndNoReadOnlyFields() throws IOException {
        JourneyGraph graph = JourneyJson.read(consoleJourney(), assets).graph();

        String exported = JourneyJson.write("Welcome series", graph, assets, false);
        JourneyJson.Imported again = JourneyJson.read(exported, assets);

        assertThat(again.graph()).isEqualTo(graph);
        assertThat(again.name()).isEqualTo("Welcome series");
        assertThat(JourneyJson.read("{\"WriteJourneyRequest\": " + exported + "}", assets).graph()).isEqualTo(graph);
        assertThat(JourneyJson.write("Welcome series", again.graph(), assets, false)).isEqualTo(exported);
        assertThat(exported).contains("\"TemplateName\" : \"Welcome\"", "\"TemplateVersion\" : \"1\"",
                "\"SegmentId\" : \"Everyone\"", "\"WaitFor\" : \"P3D\"", "\"MessageActivity\" : \"kBq3vYx0Lm\"",
                "\"StartTime\" : \"2026-04-01T09:00:00Z\"", "\"TimezoneEstimationMethods\" : [ \"PHONE_NUMBER\"")
                .doesNotContain("ApplicationId", "CreationDate", "\"Id\"", "\"State\"", "tags", "TidingsCanvas");
        assertThat(fieldNames(exported)).isSubsetOf(PINPOINT_FIELDS);
    }

    @Test
    void everyKindOfActivityGoesOutAndComesBackTheSame() {
        long sale = workspace.templates().create("Sale", TemplateType.PUSH, null,
                "{\"Default\":{\"Title\":\"Spring sale\",\"Body\":\"20% off\"}}");
        long call = workspace.templates().create("Call", TemplateType.VOICE, null, "{\"Body\":\"Hello\"}");
        long nobody = workspace.segments().findByName(CampaignWorkspace.NOBODY).orElseThrow().id();
        String json = """
                {"Name": "Everything",
                 "StartCondition": {"EventStartCondition": {"EventFilter": {"FilterType": "ENDPOINT",
                   "Dimensions": {"EventType": {"DimensionType": "INCLUSIVE", "Values": ["purchase"]}}},
                   "SegmentId": "Everyone"}},
                 "StartActivity": "split",
                 "QuietTime": {"Start": "21:00", "End": "08:00"}, "WaitForQuietTime": true, "LocalTime": true,
                 "Limits": {"DailyCap": 2, "TotalCap": 5, "TimeframeCap": {"Cap": 3, "Days": 7}},
                 "Schedule": {"StartTime": "2027-01-01T09:00:00+09:00", "Timezone": "UTC+09"},
                 "Activities": {
                   "split": {"MultiCondition": {"Branches": [
                       {"Condition": {"SegmentCondition": {"SegmentId": "%d"}}, "NextActivity": "push"},
                       {"Condition": {"SegmentDimensions": {"Demographic": {"Platform": {"Values": ["ios"]}}}},
                        "NextActivity": "voice"}],
                     "DefaultActivity": "random", "EvaluationWaitTime": {"WaitUntil": "2027-01-02T00:00:00Z"}}},
                   "push": {"PUSH": {"TemplateName": "Sale", "MessageConfig": {"TimeToLive": "3600"}}},
                   "voice": {"VOICE": {"TemplateName": "%d", "NextActivity": "hook"}},
                   "random": {"RandomSplit": {"Branches": [{"Percentage": 60, "NextActivity": "hold"},
                     {"Percentage": 40, "NextActivity": "call"}]}},
                   "hold": {"Holdout": {"Percentage": 10, "NextActivity": "hook"}},
                   "hook": {"CUSTOM": {"DeliveryUri": "https://hooks.example.com/journey", "EndpointTypes": ["EMAIL"],
                     "MessageConfig": {"Data": "{\\"step\\": 1}"}}},
                   "call": {"ContactCenter": {"NextActivity": "hook"}}
                 }}
                """.formatted(nobody, call);

        JourneyGraph graph = JourneyJson.read(json, assets).graph();
        JourneyGraph again = JourneyJson.read(JourneyJson.write("Everything", graph, assets, true), assets).graph();

        assertThat(again).isEqualTo(graph);
        assertThat(graph.activity("push").config()).isEqualTo(new MessageActivity.Push(new TemplateChoice(sale, null), "3600"));
        assertThat(graph.activity("split").next()).isEqualTo(Map.of(Port.BRANCH_1, "push", Port.BRANCH_2, "voice",
                Port.ELSE, "random"));
        assertThat(graph.activity("random").config()).isEqualTo(new RandomSplit(List.of(60, 40)));
        assertThat(graph.entry()).isInstanceOf(JourneyEntry.OnEvent.class);
        assertThat(((JourneyEntry.OnEvent) graph.entry()).dimensions().eventTypes()).containsExactly("purchase");
        assertThat(graph.settings().quietTime().action()).isEqualTo(io.tidings.delivery.QuietTime.Action.HOLD);
        assertThat(JourneyJson.extensionsIn(graph)).containsExactly("VOICE activities (voice): Pinpoint's journeys send "
                + "no voice messages");
    }

    @Test
    void theCanvasPositionsTravelInTidingsOwnFieldWhichAnExportForPinpointLeavesOut() throws IOException {
        JourneyGraph graph = JourneyJson.read(consoleJourney(), assets).graph();
        JourneyGraph placed = graph.withLayout(new JourneyLayout(new Position(0, 80),
                Map.of("kBq3vYx0Lm", new Position(240, 80), "Tz8pWq2Rna", new Position(480, 80.5))));

        String withCanvas = JourneyJson.write("Welcome series", placed, assets, true);
        String forPinpoint = JourneyJson.write("Welcome series", placed, assets, false);

        assertThat(JourneyJson.read(withCanvas, assets).graph()).isEqualTo(placed);
        assertThat(withCanvas).contains("TidingsCanvas");
        assertThat(forPinpoint).doesNotContain("TidingsCanvas");
        assertThat(JourneyJson.read(forPinpoint, assets).graph()).isEqualTo(graph);
    }

    /** An event entry as Pinpoint's console writes one with attribute and metric filters. */
    private static final String EVENT_ENTRY = """
            {"Name": "Big gold purchases", "StartCondition": {"Description": "Gold purchases over 50",
              "EventStartCondition": {"EventFilter": {"FilterType": "ENDPOINT", "Dimensions": {
                "EventType": {"DimensionType": "INCLUSIVE", "Values": ["purchase"]},
                "Attributes": {"plan": {"AttributeType": "INCLUSIVE", "Values": ["gold", "platinum"]},
                               "boughtAt": {"AttributeType": "BETWEEN", "Values": ["2026-12-01", "2026-12-31"]}},
                "Metrics": {"price": {"ComparisonOperator": "GREATER_THAN_OR_EQUAL", "Value": 50.0}}}}}},
             "StartActivity": "hold", "Activities": {"hold": {"Holdout": {"Percentage": 10}}}}
            """;

    @Test
    void anEventEntrysAttributeAndMetricFiltersComeInAndGoOutUnchanged() throws IOException {
        JourneyGraph graph = JourneyJson.read(EVENT_ENTRY, assets).graph();

        EventDimensions dimensions = ((JourneyEntry.OnEvent) graph.entry()).dimensions();
        assertThat(dimensions.eventTypes()).containsExactly("purchase");
        assertThat(dimensions.attributes()).containsOnlyKeys("plan", "boughtAt");
        assertThat(dimensions.attributes().get("plan").values()).containsExactly("gold", "platinum");
        assertThat(dimensions.metrics().get("price").value()).isEqualTo(50.0);
        String exported = JourneyJson.write("Big gold purchases", graph, assets, false);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(exported).at("/StartCondition/EventStartCondition/EventFilter"))
                .isEqualTo(json.readTree(EVENT_ENTRY).at("/StartCondition/EventStartCondition/EventFilter"));
        assertThat(JourneyJson.read(exported, assets).graph()).isEqualTo(graph);
        assertThat(JourneyJson.fromStoredForm(JourneyJson.storedForm(graph))).isEqualTo(graph);
    }

    @Test
    void anEventFilterPinpointWouldRefuseIsRefusedNamingItsPath() {
        assertThatThrownBy(() -> JourneyJson.read(EVENT_ENTRY.replace("\"BETWEEN\"", "\"AROUND\""), assets))
                .hasMessage("StartCondition.EventStartCondition.EventFilter.Dimensions.Attributes.boughtAt.AttributeType "
                        + "is \"AROUND\": give INCLUSIVE, EXCLUSIVE, CONTAINS, BEFORE, AFTER, BETWEEN or ON.");
        assertThatThrownBy(() -> JourneyJson.read(EVENT_ENTRY.replace("\"Value\": 50.0", "\"Value\": \"lots\""),
                assets)).hasMessage("StartCondition.EventStartCondition.EventFilter.Dimensions.Metrics.price.Value is "
                        + "\"lots\": give a number, such as 10 or 9.99.");
        assertThatThrownBy(() -> JourneyJson.read(EVENT_ENTRY.replace("\"GREATER_THAN_OR_EQUAL\"", "\"MORE\""),
                assets)).hasMessageContaining("Metrics.price.ComparisonOperator is \"MORE\": give GREATER_THAN");
    }

    @Test
    void aReferenceToNothingInTheWorkspaceIsRefusedNamingItAndWhereItIs() throws IOException {
        String console = consoleJourney();

        assertThatThrownBy(() -> JourneyJson.read(console.replace("\"Welcome\"", "\"Welcom\""), assets))
                .hasMessage("Activities.kBq3vYx0Lm.EMAIL.TemplateName is \"Welcom\", which names no template of this "
                        + "workspace (by name or id).");
        assertThatThrownBy(() -> JourneyJson.read(console.replace("\"Everyone\"", "\"Lapsed\""), assets))
                .hasMessage("StartCondition.SegmentStartCondition.SegmentId is \"Lapsed\", which names no segment of "
                        + "this workspace (by name or id).");
        assertThatThrownBy(() -> JourneyJson.read(console.replace("\"Reminder\"", "\"Welcome B\""), assets))
                .hasMessage("Activities.Np6dLs0Kt5.SMS.TemplateName names \"Welcome B\", an email template, in an SMS "
                        + "activity.");
        assertThatThrownBy(() -> JourneyJson.read(console.replace("\"TemplateVersion\": \"1\"", "\"TemplateVersion\": \"7\""), assets))
                .hasMessage("Activities.kBq3vYx0Lm.EMAIL.TemplateVersion is 7, but the template \"Welcome\" has no such "
                        + "version.");
    }

    @Test
    void aFileThatIsNotAJourneyIsRefusedSayingWhatIsWrongWhere() throws IOException {
        String console = consoleJourney();

        assertThatThrownBy(() -> JourneyJson.read(console.replace("\"FalseActivity\": \"Np6dLs0Kt5\"",
                "\"FalseActivity\": \"reminder\""), assets))
                .hasMessage("Activities.Hs4mCc7Ue1.ConditionalSplit.FalseActivity is \"reminder\", which names no "
                        + "activity of this journey (the keys under Activities).");
        assertThatThrownBy(() -> JourneyJson.read(console.replace("\"Np6dLs0Kt5\": {", "\"sms-reminder\": {"), assets))
                .hasMessage("Activities has the key \"sms-reminder\": Pinpoint's activity keys are letters and digits "
                        + "only, at most 100 (such as welcomeEmail or wait3Days).");
        assertThatThrownBy(() -> JourneyJson.read(console.replace("\"P3D\"", "\"3 days\""), assets))
                .hasMessage("Activities.Tz8pWq2Rna.Wait.WaitTime.WaitFor is \"3 days\": give an ISO 8601 duration such "
                        + "as P3D (3 days) or PT1H (1 hour).");
        assertThatThrownBy(() -> JourneyJson.read(console.replace("\"MessageActivity\": \"kBq3vYx0Lm\"",
                "\"MessageActivity\": \"gone\""), assets))
                .hasMessage("Activities.Hs4mCc7Ue1 tests an event of \"gone\" (EventCondition.MessageActivity), which "
                        + "names no activity of this journey.");
        assertThatThrownBy(() -> JourneyJson.read("{\"Activities\": {\"a\": {\"Wait\": {}, \"SMS\": {}}}}", assets))
                .hasMessage("Activities.a has SMS and Wait: an activity does one thing; make an activity for each.");
        assertThatThrownBy(() -> JourneyJson.read("{\"Activities\": {\"a\": {\"Email\": 3}}}", assets))
                .hasMessage("Activities.a.Email is 3: give an object ({...}).");
        assertThatThrownBy(() -> JourneyJson.read("{\"Activities\": {\"a\": {\"SendEmail\": {}}}}", assets))
                .hasMessageStartingWith("Activities.a says nothing to do (\"SendEmail\" is not one): give one of EMAIL,");
        assertThatThrownBy(() -> JourneyJson.read("{\"Name\": \"x\",", assets))
                .hasMessageStartingWith("The journey cannot be read: it is not valid JSON (line 1, column")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> JourneyJson.read("{\"Activities\": {\"a\": {\"RandomSplit\": {\"Branches\": "
                + "[{}, {}, {}, {}, {}, {}]}}}}", assets))
                .hasMessage("Activities.a.RandomSplit.Branches has 6 paths: a random split has at most 5.");
    }

    private static Set<String> fieldNames(String json) throws IOException {
        Set<String> names = new HashSet<>();
        collect(new ObjectMapper().readTree(json), names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                names.add(field.getKey());
                if (field.getKey().equals("Activities")) {
                    // Its keys are the file's activity keys, not field names.
                    field.getValue().forEach(activity -> collect(activity, names));
                } else {
                    collect(field.getValue(), names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, names));
        }
    }

    static String consoleJourney() throws IOException {
        try (InputStream in = JourneyJsonTest.class.getResourceAsStream("console-welcome-series.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
