package io.tidings.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event-triggered campaign's Schedule.EventFilter in Pinpoint's JSON, as the console writes it, in and out. */
class EventCampaignJsonTest {

    /** The shape Pinpoint's console saves for "When an event occurs" (get-campaign output). */
    private static final String CONSOLE = """
            {"CampaignResponse": {
              "Id": "3b8d6e7f", "ApplicationId": "a1", "Name": "Big spenders", "SegmentId": "Everyone",
              "SegmentVersion": 1,
              "MessageConfiguration": {"EmailMessage": {"Title": "Thanks!", "HtmlBody": "<p>Thanks</p>"}},
              "Schedule": {
                "StartTime": "2027-03-01T09:00:00Z", "EndTime": "2027-06-01T09:00:00Z", "Frequency": "EVENT",
                "IsLocalTime": false, "Timezone": "UTC",
                "QuietTime": {"Start": "22:00", "End": "07:00"},
                "EventFilter": {
                  "FilterType": "ENDPOINT",
                  "Dimensions": {
                    "EventType": {"DimensionType": "INCLUSIVE", "Values": ["_monetization.purchase", "purchase"]},
                    "Attributes": {"plan": {"AttributeType": "INCLUSIVE", "Values": ["gold", "platinum"]},
                                   "coupon": {"AttributeType": "EXCLUSIVE", "Values": ["STAFF"]},
                                   "signed_up": {"AttributeType": "BETWEEN",
                                                 "Values": ["2027-01-01", "2027-02-01T00:00:00Z"]}},
                    "Metrics": {"_item_price": {"ComparisonOperator": "GREATER_THAN_OR_EQUAL", "Value": 100.0}}
                  }
                }
              },
              "State": {"CampaignStatus": "SCHEDULED"}, "Version": 3
            }}
            """;

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = CampaignWorkspace.create(folder, 3);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theConsolesEventFilterIsReadWithEveryDimension() {
        CampaignSchedule schedule = workspace.campaigns().importJson(CONSOLE, null).definition().schedule();

        assertThat(schedule.frequency()).isEqualTo(CampaignSchedule.Frequency.EVENT);
        assertThat(schedule.startTime()).isEqualTo(Instant.parse("2027-03-01T09:00:00Z"));
        assertThat(schedule.endTime()).isEqualTo(Instant.parse("2027-06-01T09:00:00Z"));
        CampaignEventFilter filter = schedule.eventFilter();
        assertThat(filter.filterType()).isEqualTo(CampaignEventFilter.FilterType.ENDPOINT);
        assertThat(filter.eventTypes().dimensionType()).isEqualTo(DimensionType.INCLUSIVE);
        assertThat(filter.eventTypes().values()).containsExactly("_monetization.purchase", "purchase");
        assertThat(filter.attributes()).containsEntry("plan",
                new AttributeDimension(AttributeType.INCLUSIVE, List.of("gold", "platinum")));
        assertThat(filter.attributes().get("signed_up").attributeType()).isEqualTo(AttributeType.BETWEEN);
        assertThat(filter.metrics()).containsEntry("_item_price",
                new MetricDimension(ComparisonOperator.GREATER_THAN_OR_EQUAL, 100));
        assertThat(EventFilterWords.of(filter)).isEqualTo("_monetization.purchase or purchase, where plan is gold or "
                + "platinum and coupon is not STAFF and signed_up is between 2027-01-01 and 2027-02-01T00:00:00Z and "
                + "_item_price is at least 100");
    }

    @Test
    void anExportedEventCampaignReadsBackTheSameInPinpointsShape() throws Exception {
        Campaign imported = workspace.campaigns().importJson(CONSOLE, null);

        String exported = workspace.campaigns().exportJson(imported.id());

        JsonNode filter = new ObjectMapper().readTree(exported).path("Schedule").path("EventFilter");
        assertThat(filter.path("FilterType").asText()).isEqualTo("ENDPOINT");
        assertThat(filter.path("Dimensions").path("EventType").path("Values").get(1).asText()).isEqualTo("purchase");
        assertThat(filter.path("Dimensions").path("Metrics").path("_item_price").path("ComparisonOperator").asText())
                .isEqualTo("GREATER_THAN_OR_EQUAL");
        assertThat(filter.path("Dimensions").path("Metrics").path("_item_price").path("Value").asDouble())
                .isEqualTo(100.0);
        assertThat(workspace.campaigns().readJson(exported).definition()).isEqualTo(imported.definition());
    }

    @Test
    void aWrongFilterIsRefusedNamingItsPlace() {
        assertRefused(CONSOLE.replace("\"ENDPOINT\"", "\"DEVICE\""),
                "Schedule.EventFilter.FilterType is \"DEVICE\": give ENDPOINT or SYSTEM.");
        assertRefused(CONSOLE.replace("\"GREATER_THAN_OR_EQUAL\"", "\"MORE\""),
                "Schedule.EventFilter.Dimensions.Metrics._item_price.ComparisonOperator is \"MORE\": give "
                        + "GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL or EQUAL.");
        assertRefused(CONSOLE.replace("\"Value\": 100.0", "\"Value\": \"lots\""),
                "Schedule.EventFilter.Dimensions.Metrics._item_price.Value is \"lots\": give a number.");
        assertRefused(CONSOLE.replace("[\"_monetization.purchase\", \"purchase\"]", "[]"),
                "Schedule.EventFilter.Dimensions.EventType.Values is empty");
        assertRefused(CONSOLE.replace("\"2027-01-01\", ", ""),
                "Schedule.EventFilter.Dimensions.Attributes.signed_up.Values has 1 values: BETWEEN takes two dates");
        assertRefused(CONSOLE.replace("\"IsLocalTime\": false", "\"IsLocalTime\": true"),
                "Schedule.IsLocalTime does not apply to an EVENT campaign");
    }

    private void assertRefused(String json, String message) {
        assertThatThrownBy(() -> workspace.campaigns().readJson(json)).isInstanceOf(InvalidCampaignException.class)
                .hasMessageContaining(message);
    }
}
