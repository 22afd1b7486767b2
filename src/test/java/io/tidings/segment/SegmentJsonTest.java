package io.tidings.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import org.junit.jupiter.api.Test;

class SegmentJsonTest {

    /** A CreateSegment request body as written for Pinpoint's API. */
    private static final String PINPOINT_REQUEST = """
            {
              "Name": "Runners in North America",
              "SegmentGroups": {
                "Include": "ALL",
                "Groups": [{
                  "Type": "ALL",
                  "SourceType": "ANY",
                  "Dimensions": [{
                    "Location": {"Country": {"DimensionType": "INCLUSIVE", "Values": ["US", "CA"]}},
                    "Attributes": {"Interests": {"AttributeType": "INCLUSIVE", "Values": ["running"]}},
                    "Metrics": {"Purchases": {"ComparisonOperator": "GREATER_THAN", "Value": 2}}
                  }, {
                    "Behavior": {"Recency": {"Duration": "DAY_30", "RecencyType": "ACTIVE"}},
                    "Demographic": {"Platform": {"DimensionType": "EXCLUSIVE", "Values": ["Android"]}},
                    "Location": {"GPSPoint": {"Coordinates": {"Latitude": 47.6, "Longitude": -122.3}, "RangeInKilometers": 50}}
                  }]
                }]
              },
              "tags": {"team": "growth"}
            }
            """;

    @Test
    void readsAPinpointSegmentRequestUnchanged() {
        SegmentDefinition definition = SegmentJson.read(PINPOINT_REQUEST);

        assertThat(definition.include()).isEqualTo(SegmentDefinition.Include.ALL);
        SegmentGroup group = definition.groups().get(0);
        assertThat(group.dimensions()).hasSize(2);
        SegmentDimensions first = group.dimensions().get(0);
        assertThat(first.location().country().values()).containsExactly("US", "CA");
        assertThat(first.attributes().get("Interests").attributeType()).isEqualTo(AttributeType.INCLUSIVE);
        assertThat(first.metrics().get("Purchases").comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN);
        assertThat(group.dimensions().get(1).location().gpsPoint().rangeInKilometers()).isEqualTo(50);
    }

    @Test
    void writingAndReadingAgainGivesTheSameDefinition() {
        SegmentDefinition definition = SegmentJson.read(PINPOINT_REQUEST);

        String written = SegmentJson.write(definition);

        assertThat(SegmentJson.read(written)).isEqualTo(definition);
        assertThat(written).contains("\"SegmentGroups\"", "\"GPSPoint\"", "\"RangeInKilometers\" : 50.0");
    }

    @Test
    void readsASimpleSegmentWithTopLevelDimensions() {
        SegmentDefinition definition = SegmentJson.read("""
                {"Name": "Gold", "Dimensions": {"UserAttributes": {"Tier": {"AttributeType": "INCLUSIVE", "Values": ["Gold"]}}}}""");

        assertThat(definition.groups()).singleElement()
                .satisfies(group -> assertThat(group.dimensions().get(0).userAttributes()).containsKey("Tier"));
    }

    @Test
    void saysWhereAnUnknownFieldOrValueIs() {
        assertThatThrownBy(() -> SegmentJson.read("""
                {"SegmentGroups": {"Groups": [{"Dimensions": [{"Atributes": {}}]}]}}"""))
                .isInstanceOf(InvalidSegmentException.class)
                .hasMessage("The segment JSON has a problem at Groups[0].Dimensions[0].Atributes: "
                        + "\"Atributes\" is not a field Pinpoint knows here");
        assertThatThrownBy(() -> SegmentJson.read("""
                {"SegmentGroups": {"Groups": [{"Dimensions": [{"Metrics": {"Purchases": {"ComparisonOperator": "MORE", "Value": 1}}}]}]}}"""))
                .hasMessageStartingWith("The segment JSON has a problem at Groups[0].Dimensions[0].Metrics.Purchases.ComparisonOperator: "
                        + "\"MORE\" is not an accepted value");
        assertThatThrownBy(() -> SegmentJson.read("{\"SegmentGroups\": {\"Groups\": [}"))
                .hasMessageStartingWith("The segment JSON is not valid JSON (line 1, column");
        assertThatThrownBy(() -> SegmentJson.read("{\"Name\": \"nothing\"}"))
                .hasMessage("The segment JSON has no SegmentGroups, Groups or Dimensions.");
    }
}
