package io.tidings.wiring;

import io.tidings.analytics.CampaignCatalog;
import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignService;
import io.tidings.campaign.Treatment;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentService;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The campaign feature's campaigns and runs as analytics names them (the {@link CampaignCatalog} port). */
final class WorkspaceCampaignCatalog implements CampaignCatalog {

    private final CampaignService campaigns;
    private final SegmentService segments;

    WorkspaceCampaignCatalog(CampaignService campaigns, SegmentService segments) {
        this.campaigns = campaigns;
        this.segments = segments;
    }

    @Override
    public List<Entry> campaigns() {
        Map<Long, String> segmentNames = new HashMap<>();
        for (Segment segment : segments.list()) {
            segmentNames.put(segment.id(), segment.name());
        }
        return campaigns.campaigns().stream()
                .sorted(Comparator.comparing(Campaign::createdAt).thenComparing(Campaign::id).reversed())
                .map(campaign -> new Entry(campaign.id(), campaign.name(),
                        campaign.definition().segmentId() == null ? null
                                : segmentNames.get(campaign.definition().segmentId()),
                        campaign.definition().channel().name(), campaign.state().name(),
                        campaign.definition().treatments().stream().map(Treatment::name).toList(),
                        campaign.definition().holdoutPercent(), campaign.createdAt()))
                .toList();
    }

    @Override
    public List<Run> runs(long campaignId) {
        return campaigns.runsWithoutCounts(campaignId).stream().filter(run -> run.job() != null)
                .map(run -> new Run(run.job().id(), run.scheduledAt())).filter(Objects::nonNull).toList();
    }
}
