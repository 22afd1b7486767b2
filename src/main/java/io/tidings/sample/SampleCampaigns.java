package io.tidings.sample;

import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignLimits;
import io.tidings.campaign.CampaignSchedule;
import io.tidings.campaign.CampaignService;
import io.tidings.campaign.Treatment;
import io.tidings.campaign.TreatmentMessage;
import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.QuietTime;
import io.tidings.segment.SegmentService;
import io.tidings.template.TemplateService;
import java.time.LocalTime;
import java.util.List;

/** The sample's campaign: a draft to review, see the pre-flight of, and launch to the sandbox. */
final class SampleCampaigns {

    static final String NAME = "Welcome to North America";

    private SampleCampaigns() {
    }

    static void addTo(CampaignService campaigns, SegmentService segments, TemplateService templates) {
        long northAmerica = segments.findByName("North America").orElseThrow().id();
        long welcome = templates.templateNamed("Welcome email").orElseThrow().id();
        CampaignDefinition definition = new CampaignDefinition(northAmerica, null, DeliveryChannel.EMAIL,
                new Treatment("Welcome", null, 0, new TreatmentMessage.Template(welcome, null)), List.of(), 10,
                CampaignSchedule.IMMEDIATE, CampaignLimits.NONE,
                QuietTime.of(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.HOLD), false);
        campaigns.create(NAME, "A draft to try: open it, look at its pre-flight on the review step, and launch it; "
                + "the sandbox keeps every message.", definition);
    }
}
