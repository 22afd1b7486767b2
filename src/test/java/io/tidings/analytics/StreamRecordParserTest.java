package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick reading of event-stream records gives what the tree reading gives, or leaves the line to it. */
class StreamRecordParserTest {

    private static final String FULL = """
            {"event_type":"_email.open","event_timestamp":1714557600000,"arrival_timestamp":1714557601000,\
            "event_version":"3.1","application":{"app_id":"a1","sdk":{}},"client":{"client_id":"ep-1","cognito_id":"x"},\
            "device":{"platform":{"name":"ios"}},"session":{"session_id":"s1","start_timestamp":1},\
            "attributes":{"campaign_id":"c1","campaign_activity_id":"r1","treatment_id":"0","note":"a \\"quoted\\"\\nline é"},\
            "metrics":{"price_in_millicents_usd":645.0,"count":3},\
            "facets":{"email_channel":{"mail_event":{"mail":{"message_id":"m-1","headers":[{"name":"x"}]}}}},\
            "awsAccountId":"123456789012"}""";

    @Test
    void aRecordReadQuicklyIsTheEventTheTreeReads() {
        EventReading quick = StreamRecordParser.read(FULL);
        EventReading tree = EventJson.readTree(FULL);

        assertThat(quick).isNotNull();
        assertThat(quick).isEqualTo(tree);
        assertThat(quick.event().attribution().messageId()).isEqualTo("m-1");
        assertThat(quick.event().sessionId()).isEqualTo("s1");
        assertThat(quick.event().metrics()).containsEntry("count", 3.0);
    }

    @Test
    void unusualLinesAreLeftToTheTreeWhichSaysWhatIsWrong() {
        List<String> unusual = List.of(
                "[1, 2]",
                "{\"event_type\": 5, \"event_timestamp\": 1}",
                "{\"event_type\": null, \"event_timestamp\": 1}",
                "{\"event_type\": \"a\", \"event_timestamp\": \"yesterday\"}",
                "{\"event_type\": \"a\", \"event_timestamp\": 1.5}",
                "{\"event_type\": \"a\"}",
                "{\"event_type\": \"a\", \"event_timestamp\": 1, \"attributes\": {\"n\": 1}}",
                "{\"event_type\": \"a\", \"event_timestamp\": 1, \"attributes\": [\"x\"]}",
                "{\"event_type\": \"a\", \"event_timestamp\": 1, \"metrics\": {\"n\": \"one\"}}",
                "{\"event_type\": \"a\", \"event_timestamp\": 1, \"client\": {\"client_id\": 7}}",
                "{\"event_type\": \"a\", \"event_timestamp\": 1, \"event_type\": \"b\"}",
                "{\"event_type\": \"a\", \"event_timestamp\": 1, \"attributes\": {\"n\": \"x\", \"n\": \"y\"}}",
                "{\"event_type\": \"a\", \"event_timestamp\": 1,");
        for (String line : unusual) {
            assertThat(StreamRecordParser.read(line)).as(line).isNull();
            assertThat(EventJson.read(line)).as(line).isEqualTo(EventJson.readTree(line));
        }
        assertThat(EventJson.read("{\"event_type\": \"a\", \"event_timestamp\": \"yesterday\"}").problems())
                .singleElement().hasToString("event_timestamp: expected Unix milliseconds, such as 1564618621380");
    }

    @Test
    void attributesAndMetricsAreKeptAsTheJsonJacksonWouldWrite() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
        attributes.put("plain", "gold");
        attributes.put("tricky \"name\"", "line\nbreak\ttab\\slash/\u0001é€");
        java.util.Map<String, Double> metrics = new java.util.LinkedHashMap<>();
        metrics.put("price", 9.99);
        metrics.put("big", 1.0E21);
        metrics.put("whole", 3.0);

        assertThat(JsonObjectText.of(attributes)).isEqualTo(mapper.writeValueAsString(attributes));
        assertThat(JsonObjectText.of(metrics)).isEqualTo(mapper.writeValueAsString(metrics));
        assertThat(JsonObjectText.of(java.util.Map.of())).isEqualTo("{}");
    }
}
