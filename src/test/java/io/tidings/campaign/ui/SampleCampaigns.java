package io.tidings.campaign.ui;

import io.tidings.ScreenTestSetup;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentJson;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;

/** The sample workspace with a segment to send to: "North America" (the US and Canada). */
final class SampleCampaigns {

    static final String SEGMENT = "North America";
    static final String TEMPLATE = "Welcome email";

    private SampleCampaigns() {
    }

    static OpenedWorkspace workspace(Path folder) {
        OpenedWorkspace workspace = ScreenTestSetup.sampleWorkspace(folder);
        workspace.segments().create(SEGMENT, SegmentJson.read("""
                {"Include": "ALL", "Groups": [{"Type": "ALL", "Dimensions": [
                  {"Location": {"Country": {"DimensionType": "INCLUSIVE", "Values": ["US", "CA"]}}}]}]}"""));
        return workspace;
    }

    static Segment segment(OpenedWorkspace workspace) {
        return workspace.segments().findByName(SEGMENT).orElseThrow();
    }
}
