package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignLimits;
import io.tidings.campaign.CampaignSchedule;
import io.tidings.campaign.CampaignWorkspace;
import io.tidings.campaign.Launch;
import io.tidings.campaign.Treatment;
import io.tidings.campaign.TreatmentMessage;
import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.JobState;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign with a holdout, sent through the sandbox: the buyers among the endpoints each treatment was given are
 * compared with the buyers among those held out, whatever the purchase's attribution.
 */
class HoldoutLiftTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theTreatmentsBuyersAreComparedWithTheHoldouts() throws Exception {
        workspace = CampaignWorkspace.create(folder, 80).startSending();
        long welcome = CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME);
        long segment = CampaignWorkspace.segment(workspace, CampaignWorkspace.EVERYONE).id();
        long campaign = workspace.campaigns().create("Holdout test", null, new CampaignDefinition(segment, null,
                DeliveryChannel.EMAIL, new Treatment("Plain", null, 0, new TreatmentMessage.Template(welcome, null)),
                List.of(), 25, CampaignSchedule.IMMEDIATE, CampaignLimits.NONE, null, false)).id();
        Launch launch = workspace.campaigns().launch(campaign);
        assertThat(workspace.delivery().await(launch.run().id(), Duration.ofSeconds(60), progress -> { }))
                .isEqualTo(JobState.DONE);
        List<String> heldOut = new ArrayList<>();
        List<String> given = new ArrayList<>();
        workspace.workspace().database().read(connection -> {
            try (var rows = connection.prepareStatement("SELECT e.id, m.treatment FROM outbox_message m"
                    + " JOIN endpoint e ON e.key = m.endpoint_key ORDER BY e.id").executeQuery()) {
                while (rows.next()) {
                    (rows.getInt(2) < 0 ? heldOut : given).add(rows.getString(1));
                }
            }
            return null;
        });
        assertThat(heldOut).isNotEmpty();
        // One held-out endpoint buys, and three that were sent the message.
        List<Event> purchases = new ArrayList<>();
        for (String endpoint : List.of(heldOut.get(0), given.get(0), given.get(1), given.get(2))) {
            purchases.add(new Event("_monetization.purchase", Instant.now(), endpoint, null, null, Map.of(),
                    Map.of("_item_price", 5.0), Attribution.NONE));
        }
        workspace.eventRecorder().record(purchases, EventLimits.FieldNames.PINPOINT);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TreatmentResults results = workspace.analytics().treatments(
                workspace.analytics().campaignNamed("Holdout test").orElseThrow(), DateRange.lastDays(2, today),
                AbKpi.CONVERSION_RATE);

        double holdout = 1.0 / heldOut.size();
        double sent = 3.0 / given.size();
        assertThat(results.holdoutEndpoints()).isEqualTo(heldOut.size());
        assertThat(results.holdoutConversion()).isCloseTo(holdout, within(1e-12));
        TreatmentResult plain = results.treatments().get(0);
        assertThat(plain.endpointsGiven()).isEqualTo(given.size());
        assertThat(plain.buyersOfGiven()).isCloseTo(sent, within(1e-12));
        assertThat(plain.liftOverHoldout()).isCloseTo((sent - holdout) / holdout, within(1e-12));
        assertThat(results.holdoutSentence()).startsWith("%d endpoints were held out;".formatted(heldOut.size()))
                .contains("Plain ");
    }
}
