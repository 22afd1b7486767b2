package io.tidings.sample;

import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentService;

/** The sample workspace's dynamic segments, written in Pinpoint's SegmentGroups JSON. */
final class SampleSegments {

    private SampleSegments() {
    }

    static void addTo(SegmentService segments) {
        segments.create("North America", SegmentJson.read("""
                {"Include": "ALL", "Groups": [{"Type": "ALL", "Dimensions": [
                  {"Location": {"Country": {"DimensionType": "INCLUSIVE", "Values": ["US", "CA"]}}}]}]}"""));
        segments.create("Runners who came back", SegmentJson.read("""
                {"Include": "ALL", "Groups": [{"Type": "ALL", "Dimensions": [
                  {"Attributes": {"Interests": {"AttributeType": "INCLUSIVE", "Values": ["running"]}},
                   "Metrics": {"Purchases": {"ComparisonOperator": "GREATER_THAN", "Value": 1}}}]}]}"""));
    }
}
