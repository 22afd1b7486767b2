package io.tidings.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.QuietTime;
import io.tidings.template.TemplateType;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pinpoint's WriteCampaignRequest in and out, with the workspace's segments and templates named in it. */
class CampaignJsonTest {

    private static final String AB_TEST = """
            {
              "Name": "Spring sale",
              "Description": "Two subject lines",
              "SegmentId": "Everyone",
              "TreatmentName": "Plain",
              "TemplateConfiguration": {"EmailTemplate": {"Name": "Welcome", "Version": "1"}},
              "AdditionalTreatments": [
                {"SizePercent": 30, "TreatmentName": "Friendly",
                 "TemplateConfiguration": {"EmailTemplate": {"Name": "Welcome B"}}},
                {"SizePercent": 20, "TreatmentName": "Inline",
                 "MessageConfiguration": {"EmailMessage": {"Title": "Hi {{User.UserAttributes.FirstName}}",
                   "HtmlBody": "<p>Sale</p>", "Body": "Sale", "FromAddress": "shop@example.com"}},
                 "Schedule": {"StartTime": "2027-03-01T09:00:00-05:00", "Frequency": "DAILY",
                   "EndTime": "2027-03-31T09:00:00-04:00", "Timezone": "America/New_York",
                   "QuietTime": {"Start": "21:00", "End": "08:00"}}}
              ],
              "HoldoutPercent": 10,
              "Schedule": {"StartTime": "2027-03-01T09:00:00-05:00", "Frequency": "DAILY",
                "EndTime": "2027-03-31T09:00:00-04:00", "Timezone": "America/New_York",
                "QuietTime": {"Start": "21:00", "End": "08:00"}},
              "Limits": {"Daily": 2, "Total": 10, "MessagesPerSecond": 50, "MaximumDuration": 3600},
              "IsPaused": false,
              "Hook": {"Mode": "FILTER", "LambdaFunctionName": "ignored"},
              "tags": {"team": "growth"}
            }
            """;

    /** Every field name WriteCampaignRequest and the shapes below it have (pinpoint-shapes.md), plus Tidings' own. */
    private static final Set<String> PINPOINT_FIELDS = Set.of("AdditionalTreatments", "Description", "HoldoutPercent",
            "IsPaused", "Limits", "MessageConfiguration", "Name", "Schedule", "SegmentId", "SegmentVersion",
            "TemplateConfiguration", "TreatmentDescription", "TreatmentName", "SizePercent", "EmailMessage",
            "SMSMessage", "DefaultMessage", "APNSMessage", "GCMMessage", "Title", "HtmlBody", "Body", "FromAddress",
            "EmailTemplate", "SMSTemplate", "PushTemplate", "Version", "StartTime", "Frequency", "EndTime", "Timezone",
            "IsLocalTime", "QuietTime", "Start", "End", "Daily", "Total", "MessagesPerSecond", "MaximumDuration");

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private CampaignService campaigns;

    @BeforeEach
    void workspace() {
        workspace = CampaignWorkspace.create(folder, 10);
        campaigns = workspace.campaigns();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anABTestWithAHoldoutIsImportedWithItsTreatmentsSharesScheduleAndLimits() {
        Campaign campaign = campaigns.importJson(AB_TEST, null);

        assertThat(campaign.name()).isEqualTo("Spring sale");
        assertThat(campaign.state()).isEqualTo(CampaignState.DRAFT);
        CampaignDefinition definition = campaign.definition();
        assertThat(definition.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(definition.segmentId()).isEqualTo(CampaignWorkspace.segment(workspace, "Everyone").id());
        assertThat(definition.holdoutPercent()).isEqualTo(10);
        assertThat(definition.treatments()).extracting(Treatment::name, Treatment::sizePercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Plain", 40),
                        org.assertj.core.groups.Tuple.tuple("Friendly", 30),
                        org.assertj.core.groups.Tuple.tuple("Inline", 20));
        assertThat(definition.defaultTreatment().message()).isEqualTo(
                new TreatmentMessage.Template(CampaignWorkspace.templateId(workspace, "Welcome"), 1));
        assertThat(definition.additionalTreatments().get(0).message()).isEqualTo(
                new TreatmentMessage.Template(CampaignWorkspace.templateId(workspace, "Welcome B"), null));
        TreatmentMessage.Inline inline = (TreatmentMessage.Inline) definition.additionalTreatments().get(1).message();
        assertThat(inline.content().type()).isEqualTo(TemplateType.EMAIL);
        assertThat(inline.content().field("Subject")).isEqualTo("Hi {{User.UserAttributes.FirstName}}");
        assertThat(inline.content().field("HtmlPart")).isEqualTo("<p>Sale</p>");
        assertThat(inline.content().field("TextPart")).isEqualTo("Sale");
        CampaignSchedule schedule = definition.schedule();
        assertThat(schedule.frequency()).isEqualTo(CampaignSchedule.Frequency.DAILY);
        assertThat(schedule.startTime()).isEqualTo(Instant.parse("2027-03-01T14:00:00Z"));
        assertThat(schedule.timezone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(definition.quietTime()).isEqualTo(new QuietTime(LocalTime.of(21, 0), LocalTime.of(8, 0),
                QuietTime.Action.DROP, false));
        assertThat(definition.limits()).isEqualTo(new CampaignLimits(2, 10, 50, 3600));
        assertThat(definition.problems()).isEmpty();
    }

    @Test
    void anExportReadsBackToTheSameCampaignAndUsesOnlyPinpointsFieldNames() throws Exception {
        Campaign imported = campaigns.importJson(AB_TEST, null);

        String exported = campaigns.exportJson(imported.id());
        JsonNode root = new ObjectMapper().readTree(exported);

        assertThat(fieldNames(root)).isSubsetOf(PINPOINT_FIELDS);
        assertThat(root.path("SegmentId").asText()).isEqualTo("Everyone");
        assertThat(root.path("TemplateConfiguration").path("EmailTemplate").path("Name").asText()).isEqualTo("Welcome");
        assertThat(root.path("AdditionalTreatments").get(1).path("MessageConfiguration").path("EmailMessage")
                .path("Title").asText()).isEqualTo("Hi {{User.UserAttributes.FirstName}}");
        assertThat(root.path("Schedule").path("StartTime").asText()).isEqualTo("2027-03-01T09:00:00-05:00");
        CampaignJson.Imported again = campaigns.readJson(exported);
        assertThat(again.name()).isEqualTo("Spring sale");
        assertThat(again.description()).isEqualTo("Two subject lines");
        assertThat(again.definition()).isEqualTo(imported.definition());
    }

    @Test
    void theWrappedShapesAwsToolsWriteAreRead() {
        String request = "{\"WriteCampaignRequest\": {\"Name\": \"Wrapped\", \"SegmentId\": \"Everyone\","
                + " \"TemplateConfiguration\": {\"SMSTemplate\": {\"Name\": \"Reminder\"}},"
                + " \"Schedule\": {\"StartTime\": \"IMMEDIATE\"}}}";
        // A get-campaign output: the response's own fields (Id, Arn, State...) are ignored.
        String response = """
                {"CampaignResponse": {"Id": "0a1b2c", "Arn": "arn:aws:mobiletargeting:...", "ApplicationId": "x",
                  "CreationDate": "2018-02-03T00:00:00.000Z", "State": {"CampaignStatus": "COMPLETED"}, "Version": 3,
                  "Name": "From Pinpoint", "SegmentId": "Everyone", "SegmentVersion": 1,
                  "MessageConfiguration": {"SMSMessage": {"Body": "Hello", "MessageType": "PROMOTIONAL"}},
                  "Schedule": {"StartTime": "2018-02-03T00:00:00-08:00", "Frequency": "ONCE", "Timezone": "utc-08",
                    "IsLocalTime": true}}}
                """;

        CampaignJson.Imported wrapped = campaigns.readJson(request);
        CampaignJson.Imported fromPinpoint = campaigns.readJson(response);

        assertThat(wrapped.name()).isEqualTo("Wrapped");
        assertThat(wrapped.definition().channel()).isEqualTo(DeliveryChannel.SMS);
        assertThat(wrapped.definition().schedule().isImmediate()).isTrue();
        assertThat(fromPinpoint.name()).isEqualTo("From Pinpoint");
        assertThat(fromPinpoint.definition().segmentVersion()).isEqualTo(1);
        assertThat(fromPinpoint.definition().schedule().timezone()).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(fromPinpoint.definition().schedule().localTime()).isTrue();
        TreatmentMessage.Inline sms = (TreatmentMessage.Inline) fromPinpoint.definition().defaultTreatment().message();
        assertThat(sms.content().field("Body")).isEqualTo("Hello");
        assertThat(sms.content().field("MessageType")).isEqualTo("PROMOTIONAL");
    }

    @Test
    void pinpointsOffsetNamesAndZoneIdsAreTimezones() {
        assertThat(CampaignTimezones.parse("UTC", "Timezone")).isEqualTo(ZoneOffset.UTC);
        assertThat(CampaignTimezones.parse("utc-08", "Timezone")).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(CampaignTimezones.parse("UTC+05:30", "Timezone")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(CampaignTimezones.parse("+09", "Timezone")).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(CampaignTimezones.parse("+05:45", "Timezone")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 45));
        assertThat(CampaignTimezones.parse("Europe/Paris", "Timezone")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(CampaignTimezones.format(ZoneOffset.ofHours(-8))).isEqualTo("UTC-08");
        assertThat(CampaignTimezones.format(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+05:30");
        assertThatThrownBy(() -> CampaignTimezones.parse("Mars/Olympus", "Schedule.Timezone"))
                .hasMessageStartingWith("Schedule.Timezone is \"Mars/Olympus\"");
    }

    @Test
    void whatTidingsCannotRunIsRefusedNamingWhereItIs() {
        assertRefused(AB_TEST.replace("\"Name\": \"Welcome B\"", "\"Name\": \"Missing\""),
                "AdditionalTreatments[0].TemplateConfiguration.EmailTemplate.Name \"Missing\" names no template");
        assertRefused(AB_TEST.replace("\"SegmentId\": \"Everyone\"", "\"SegmentId\": \"Lapsed\""),
                "SegmentId \"Lapsed\" names no segment");
        assertRefused(AB_TEST.replace("\"SizePercent\": 30", "\"SizePercent\": \"thirty\""),
                "AdditionalTreatments[0].SizePercent is \"thirty\": give a whole number.");
        assertRefused(AB_TEST.replace("\"MessagesPerSecond\": 50", "\"MessagesPerSecond\": 50000"),
                "Limits.MessagesPerSecond is 50000");
        assertRefused(AB_TEST.replace("\"MaximumDuration\": 3600", "\"MaximumDuration\": 10"),
                "Limits.MaximumDuration is 10");
        assertRefused(AB_TEST.replace("\"DAILY\"", "\"EVENT\""), "Schedule.EventFilter is missing");
        assertRefused(AB_TEST.replace("\"DAILY\"", "\"IN_APP_EVENT\""), "Frequency is IN_APP_EVENT: Tidings sends no "
                + "in-app messages");
        assertRefused(AB_TEST.replaceFirst("\"QuietTime\": \\{\"Start\": \"21:00\"", "\"QuietTime\": {\"Start\": \"22:00\""),
                "AdditionalTreatments[1].Schedule differs from the campaign's Schedule: Tidings runs one schedule per campaign");
        assertRefused(AB_TEST.replace("\"Name\": \"Welcome B\"", "\"Name\": \"Reminder\""),
                "names \"Reminder\", a sms template, in a email campaign");
        assertRefused("{\"SegmentId\": \"Everyone\", \"TemplateConfiguration\": {\"EmailTemplate\": {\"Name\": \"Welcome\"},"
                + " \"SMSTemplate\": {\"Name\": \"Reminder\"}}}", "a Tidings campaign sends on one channel");
        assertRefused("{\"SegmentId\": ", "The campaign cannot be read: it is not valid JSON");
    }

    @Test
    void pushMessagesAndVoiceTemplatesAreReadAndWrittenBack() throws Exception {
        workspace.templates().create("Call", TemplateType.VOICE, null, "{\"Body\":\"Hello\"}");
        String push = """
                {"Name": "Push", "SegmentId": "Everyone", "Schedule": {"StartTime": "IMMEDIATE"},
                 "MessageConfiguration": {
                   "DefaultMessage": {"Title": "Sale", "Body": "Today only", "Action": "URL", "Url": "https://example.com"},
                   "APNSMessage": {"Title": "Sale", "Body": "On your iPhone", "ImageSmallIconUrl": "https://example.com/i.png",
                     "TimeToLive": 3600}}}
                """;
        String voice = "{\"Name\": \"Voice\", \"SegmentId\": \"Everyone\","
                + " \"TemplateConfiguration\": {\"VoiceTemplate\": {\"Name\": \"Call\"}}}";

        Campaign pushCampaign = campaigns.importJson(push, null);
        Campaign voiceCampaign = campaigns.importJson(voice, null);

        assertThat(pushCampaign.definition().channel()).isEqualTo(DeliveryChannel.PUSH);
        TreatmentMessage.Inline inline = (TreatmentMessage.Inline) pushCampaign.definition().defaultTreatment().message();
        assertThat(inline.content().field("Default.Body")).isEqualTo("Today only");
        assertThat(inline.content().field("APNS.Body")).isEqualTo("On your iPhone");
        assertThat(inline.content().field("APNS.SmallImageIconUrl")).isEqualTo("https://example.com/i.png");
        JsonNode exported = new ObjectMapper().readTree(campaigns.exportJson(pushCampaign.id()));
        assertThat(exported.path("MessageConfiguration").path("APNSMessage").path("ImageSmallIconUrl").asText())
                .isEqualTo("https://example.com/i.png");
        assertThat(campaigns.readJson(exported.toString()).definition()).isEqualTo(pushCampaign.definition());
        assertThat(voiceCampaign.definition().channel()).isEqualTo(DeliveryChannel.VOICE);
        assertThat(campaigns.exportJson(voiceCampaign.id())).contains("\"VoiceTemplate\"");
    }

    @Test
    void unknownFieldsAreIgnored() {
        CampaignJson.Imported imported = campaigns.readJson("{\"SegmentId\": \"Everyone\", \"Priority\": 3, "
                + "\"CustomDeliveryConfiguration\": {\"DeliveryUri\": \"x\"}, \"SomethingNew\": [1, 2],"
                + " \"TemplateConfiguration\": {\"EmailTemplate\": {\"Name\": \"Welcome\"}},"
                + " \"Schedule\": {\"StartTime\": \"IMMEDIATE\", \"Frequency\": \"ONCE\", \"Later\": true}}");

        assertThat(imported.definition().channel()).isEqualTo(DeliveryChannel.EMAIL);
    }

    private void assertRefused(String json, String message) {
        assertThatThrownBy(() -> campaigns.readJson(json)).isInstanceOf(InvalidCampaignException.class)
                .hasMessageContaining(message);
    }

    private static List<String> fieldNames(JsonNode node) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        collect(node, names);
        return names;
    }

    private static void collect(JsonNode node, List<String> names) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, names));
        } else if (node.isObject()) {
            for (Iterator<String> fields = node.fieldNames(); fields.hasNext();) {
                String name = fields.next();
                names.add(name);
                collect(node.get(name), names);
            }
        }
    }
}
